// Fichier généré par packages/schemas/scripts/genererPointFixeContrat.mjs depuis le schéma zod du contrat.
// Ne pas modifier à la main : relancer `npm run build -w @communs-opco/schemas`.
/* eslint-disable */

type R = Record<string, unknown>;
type V = (valeur: unknown) => boolean;

/**
 * Les 49 champs textes à consigne de normalisation du contrat sont-ils laissés tels quels par
 * leur consigne ? `v` : les vérificateurs de `verificateursPointFixe(arbrePointFixe(schemaContrat))`,
 * dans cet ordre. Même décision que `compilerPointFixe(schemaContrat)`, par lectures de propriétés fixes.
 */
export function pointFixeContrat(o: unknown, v: readonly V[]): boolean {
  if (typeof o === "object" && o !== null) {
    const x0 = (o as R).versionCerfa;
    if (typeof x0 === "string" && !(v[0] as V)(x0)) return false;
    const x1 = (o as R).employeur;
    if (typeof x1 === "object" && x1 !== null) {
      const x2 = (x1 as R).privePublic;
      if (typeof x2 === "string" && !(v[1] as V)(x2)) return false;
      const x3 = (x1 as R).siret;
      if (typeof x3 === "string" && !(v[2] as V)(x3)) return false;
      const x4 = (x1 as R).adresse;
      if (typeof x4 === "object" && x4 !== null) {
        const x5 = (x4 as R).numero;
        if (typeof x5 === "string" && !(v[3] as V)(x5)) return false;
        const x6 = (x4 as R).repetitionVoie;
        if (typeof x6 === "string" && !(v[4] as V)(x6)) return false;
        const x7 = (x4 as R).codePostal;
        if (typeof x7 === "string" && !(v[5] as V)(x7)) return false;
        const x8 = (x4 as R).departement;
        if (typeof x8 === "string" && !(v[6] as V)(x8)) return false;
        const x9 = (x4 as R).region;
        if (typeof x9 === "string" && !(v[7] as V)(x9)) return false;
      }
      const x10 = (x1 as R).telephone;
      if (typeof x10 === "string" && !(v[8] as V)(x10)) return false;
      const x11 = (x1 as R).typeEmployeur;
      if (typeof x11 === "string" && !(v[9] as V)(x11)) return false;
      const x12 = (x1 as R).naf;
      if (typeof x12 === "string" && !(v[10] as V)(x12)) return false;
      const x13 = (x1 as R).codeIdcc;
      if (typeof x13 === "string" && !(v[11] as V)(x13)) return false;
      const x14 = (x1 as R).codeIdccs;
      if (Array.isArray(x14)) {
        for (let i15 = 0; i15 < x14.length; i15++) {
          if (!(i15 in x14)) continue;
          const e16: unknown = x14[i15];
          if (typeof e16 === "string" && !(v[12] as V)(e16)) return false;
        }
      }
    }
    const x17 = (o as R).apprenti;
    if (typeof x17 === "object" && x17 !== null) {
      const x18 = (x17 as R).sexe;
      if (typeof x18 === "string" && !(v[13] as V)(x18)) return false;
      const x19 = (x17 as R).departementNaissance;
      if (typeof x19 === "string" && !(v[14] as V)(x19)) return false;
      const x20 = (x17 as R).nir;
      if (typeof x20 === "string" && !(v[15] as V)(x20)) return false;
      const x21 = (x17 as R).adresse;
      if (typeof x21 === "object" && x21 !== null) {
        const x22 = (x21 as R).numero;
        if (typeof x22 === "string" && !(v[16] as V)(x22)) return false;
        const x23 = (x21 as R).repetitionVoie;
        if (typeof x23 === "string" && !(v[17] as V)(x23)) return false;
        const x24 = (x21 as R).codePostal;
        if (typeof x24 === "string" && !(v[18] as V)(x24)) return false;
        const x25 = (x21 as R).pays;
        if (typeof x25 === "string" && !(v[19] as V)(x25)) return false;
      }
      const x26 = (x17 as R).telephone;
      if (typeof x26 === "string" && !(v[20] as V)(x26)) return false;
      const x27 = (x17 as R).diplomePrepare;
      if (typeof x27 === "string" && !(v[21] as V)(x27)) return false;
      const x28 = (x17 as R).derniereClasse;
      if (typeof x28 === "string" && !(v[22] as V)(x28)) return false;
      const x29 = (x17 as R).diplome;
      if (typeof x29 === "string" && !(v[23] as V)(x29)) return false;
      const x30 = (x17 as R).responsableLegal;
      if (typeof x30 === "object" && x30 !== null) {
        const x31 = (x30 as R).adresse;
        if (typeof x31 === "object" && x31 !== null) {
          const x32 = (x31 as R).numero;
          if (typeof x32 === "string" && !(v[24] as V)(x32)) return false;
          const x33 = (x31 as R).repetitionVoie;
          if (typeof x33 === "string" && !(v[25] as V)(x33)) return false;
          const x34 = (x31 as R).codePostal;
          if (typeof x34 === "string" && !(v[26] as V)(x34)) return false;
          const x35 = (x31 as R).pays;
          if (typeof x35 === "string" && !(v[27] as V)(x35)) return false;
        }
      }
    }
    const x36 = (o as R).maitre1;
    if (typeof x36 === "object" && x36 !== null) {
      const x37 = (x36 as R).nir;
      if (typeof x37 === "string" && !(v[28] as V)(x37)) return false;
    }
    const x38 = (o as R).maitre2;
    if (typeof x38 === "object" && x38 !== null) {
      const x39 = (x38 as R).nir;
      if (typeof x39 === "string" && !(v[29] as V)(x39)) return false;
    }
    const x40 = (o as R).contrat;
    if (typeof x40 === "object" && x40 !== null) {
      const x41 = (x40 as R).typeContratApp;
      if (typeof x41 === "string" && !(v[30] as V)(x41)) return false;
      const x42 = (x40 as R).typeDerogation;
      if (typeof x42 === "string" && !(v[31] as V)(x42)) return false;
      const x43 = (x40 as R).numeroContratPrecedent;
      if (typeof x43 === "string" && !(v[32] as V)(x43)) return false;
      const x44 = (x40 as R).noContrat;
      if (typeof x44 === "string" && !(v[33] as V)(x44)) return false;
      const x45 = (x40 as R).noAvenant;
      if (typeof x45 === "string" && !(v[34] as V)(x45)) return false;
      const x46 = (x40 as R).remunerationsAnnuelles;
      if (Array.isArray(x46)) {
        for (let i47 = 0; i47 < x46.length; i47++) {
          if (!(i47 in x46)) continue;
          const e48: unknown = x46[i47];
          if (typeof e48 === "object" && e48 !== null) {
            const x49 = (e48 as R).typeSalaire;
            if (typeof x49 === "string" && !(v[35] as V)(x49)) return false;
          }
        }
      }
    }
    const x50 = (o as R).formation;
    if (typeof x50 === "object" && x50 !== null) {
      const x51 = (x50 as R).rncp;
      if (typeof x51 === "string" && !(v[36] as V)(x51)) return false;
      const x52 = (x50 as R).codeDiplome;
      if (typeof x52 === "string" && !(v[37] as V)(x52)) return false;
      const x53 = (x50 as R).typeDiplome;
      if (typeof x53 === "string" && !(v[38] as V)(x53)) return false;
    }
    const x54 = (o as R).organismeFormation;
    if (typeof x54 === "object" && x54 !== null) {
      const x55 = (x54 as R).siret;
      if (typeof x55 === "string" && !(v[39] as V)(x55)) return false;
      const x56 = (x54 as R).uaiCfa;
      if (typeof x56 === "string" && !(v[40] as V)(x56)) return false;
      const x57 = (x54 as R).adresse;
      if (typeof x57 === "object" && x57 !== null) {
        const x58 = (x57 as R).numero;
        if (typeof x58 === "string" && !(v[41] as V)(x58)) return false;
        const x59 = (x57 as R).repetitionVoie;
        if (typeof x59 === "string" && !(v[42] as V)(x59)) return false;
        const x60 = (x57 as R).codePostal;
        if (typeof x60 === "string" && !(v[43] as V)(x60)) return false;
      }
    }
    const x61 = (o as R).etablissementFormation;
    if (typeof x61 === "object" && x61 !== null) {
      const x62 = (x61 as R).siret;
      if (typeof x62 === "string" && !(v[44] as V)(x62)) return false;
      const x63 = (x61 as R).uaiCfa;
      if (typeof x63 === "string" && !(v[45] as V)(x63)) return false;
      const x64 = (x61 as R).adresse;
      if (typeof x64 === "object" && x64 !== null) {
        const x65 = (x64 as R).numero;
        if (typeof x65 === "string" && !(v[46] as V)(x65)) return false;
        const x66 = (x64 as R).repetitionVoie;
        if (typeof x66 === "string" && !(v[47] as V)(x66)) return false;
        const x67 = (x64 as R).codePostal;
        if (typeof x67 === "string" && !(v[48] as V)(x67)) return false;
      }
    }
  }
  return true;
}

/** Nombre de vérificateurs attendus par `pointFixeContrat`. */
export const TEXTES_POINT_FIXE_CONTRAT = 49;
