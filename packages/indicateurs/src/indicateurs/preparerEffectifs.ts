import { jourDepuisDate } from "@communs-opco/dates";
import { departement as departementNomenclature } from "@communs-opco/nomenclatures";
import { ecrireParcours, type TamponContrats } from "../statut/ecrireParcours";
import { SEUILS_TDB, type SeuilsStatut } from "../statut/SeuilsStatut";
import type { EffectifIndicateurs } from "./EffectifIndicateurs";
import { normaliserRncp } from "./normaliserRncp";
import type { ColonneCodee, DimensionFixe, TableEffectifs } from "./TableEffectifs";

class Dictionnaire {
  readonly valeurs: (string | null)[] = [];
  private readonly index = new Map<string | null, number>();
  coder(valeur: string | null): number {
    let code = this.index.get(valeur);
    if (code === undefined) {
      code = this.valeurs.length;
      this.valeurs.push(valeur);
      this.index.set(valeur, code);
    }
    return code;
  }
}

/** Dictionnaire d'une clé composée de deux parties, sans concaténer de chaîne par effectif. */
class DictionnaireCouple {
  readonly valeurs: (string | null)[] = [];
  private readonly parValeur = new Map<string | null, number>();
  private readonly index = new Map<string | undefined, Map<string | undefined, number>>();
  constructor(private readonly former: (a: string | undefined, b: string | undefined) => string | null) {}
  coder(a: string | undefined, b: string | undefined): number {
    let parB = this.index.get(a);
    if (parB === undefined) {
      parB = new Map();
      this.index.set(a, parB);
    }
    let code = parB.get(b);
    if (code === undefined) {
      const valeur = this.former(a, b);
      code = this.parValeur.get(valeur);
      if (code === undefined) {
        code = this.valeurs.length;
        this.valeurs.push(valeur);
        this.parValeur.set(valeur, code);
      }
      parB.set(b, code);
    }
    return code;
  }
}

/** Colonne de codes en 16 bits, élargie à 32 bits si le dictionnaire dépasse 65 535 valeurs. */
class ColonneAdaptative {
  codes: Uint16Array | Uint32Array;
  constructor(taille: number) {
    this.codes = new Uint16Array(taille);
  }
  ecrire(i: number, code: number): void {
    if (code > 0xffff && this.codes instanceof Uint16Array) this.codes = Uint32Array.from(this.codes);
    this.codes[i] = code;
  }
}

function vide(v: string | undefined): string | null {
  return v === undefined || v === "" ? null : v;
}

/**
 * Date de naissance inconnue ou mal formée dans la colonne `naissance` de la table.
 *
 * @example
 * ```ts
 * table.naissance[i] === NAISSANCE_INCONNUE; // pas de tranche d'âge
 * ```
 */
export const NAISSANCE_INCONNUE = -0x80000000;

/** Marqueur d'une date mal formée (aucun numéro de jour réel n'est aussi petit). */
const DATE_INVALIDE = -1e12;

/** Jour d'une date facultative : `NaN` si absente ; `DATE_INVALIDE` si mal formée. */
function lireJour(valeur: unknown): number {
  if (valeur === undefined || valeur === null) return Number.NaN;
  const j = typeof valeur === "string" ? jourDepuisDate(valeur) : Number.NaN;
  return j === j ? j : DATE_INVALIDE;
}

function anomalie(valeur: unknown, chemin: string): { chemin: string; message: string } {
  return valeur === undefined || valeur === null
    ? { chemin, message: "date obligatoire absente" }
    : { chemin, message: `date invalide (AAAA-MM-JJ attendu) : « ${String(valeur)} »` };
}

/**
 * Prépare des effectifs pour les indicateurs : calcule le parcours de chacun (algorithme par
 * intervalles) et code en colonnes les dimensions fixes. Région et académie viennent de l'organisme,
 * ou à défaut de son département (nomenclature des départements). Un effectif aux dates
 * inexploitables n'est pas perdu : il figure dans `illisibles` avec le chemin et le motif.
 *
 * @example
 * ```ts
 * const table = preparerEffectifs(genererEffectifs({ nombre: 1000, graine: 1 }));
 * table.taille; // 1000
 * ```
 */
export function preparerEffectifs(effectifs: readonly EffectifIndicateurs[], seuils: SeuilsStatut = SEUILS_TDB): TableEffectifs {
  const n = effectifs.length;
  const debutsParcours = new Int32Array(n + 1);
  const sortie = { jours: new Int32Array(Math.max(64, n * 4)), statuts: new Uint8Array(Math.max(64, n * 4)) };
  let position = 0;
  const naissance = new Int32Array(n);
  const fiable = new Uint8Array(n);
  const departement = new Dictionnaire();
  const region = new Dictionnaire();
  const academie = new Dictionnaire();
  const rncpDict = new Dictionnaire();
  const cfdDict = new Dictionnaire();
  const niveau = new Dictionnaire();
  const anneeScolaire = new Dictionnaire();
  const organisme = new DictionnaireCouple((uai, siret) => (uai || siret ? `${uai ?? ""}/${siret ?? ""}` : null));
  const formationDict = new DictionnaireCouple((rncp, cfd) => (rncp || cfd ? `${rncp ?? ""}-${cfd ?? ""}` : null));
  const codes = {
    departement: new ColonneAdaptative(n),
    region: new ColonneAdaptative(n),
    academie: new ColonneAdaptative(n),
    organisme: new ColonneAdaptative(n),
    formation: new ColonneAdaptative(n),
    rncp: new ColonneAdaptative(n),
    cfd: new ColonneAdaptative(n),
    niveau: new ColonneAdaptative(n),
    anneeScolaire: new ColonneAdaptative(n),
  } satisfies Record<DimensionFixe, ColonneAdaptative>;
  const territoires = new Map<string, { region: string | null; academie: string | null }>();
  const rncpNormalises = new Map<string, string>();
  const illisibles: TableEffectifs["illisibles"] = [];
  let tampon: TamponContrats = { nombre: 0, debuts: new Float64Array(8), fins: new Float64Array(8), ruptures: new Float64Array(8) };

  for (let i = 0; i < n; i++) {
    const e = effectifs[i]!;
    debutsParcours[i] = position;
    const formation = e.formation ?? ({} as Partial<EffectifIndicateurs["formation"]>);
    // Dates (sans allocation tant qu'elles sont valides).
    const debut = lireJour(formation.debut);
    const fin = lireJour(formation.fin);
    const bruts = e.contrats ?? [];
    const k = bruts.length;
    if (k > tampon.debuts.length) {
      tampon = { nombre: 0, debuts: new Float64Array(k * 2), fins: new Float64Array(k * 2), ruptures: new Float64Array(k * 2) };
    }
    let valide = debut === debut && debut !== DATE_INVALIDE && fin === fin && fin !== DATE_INVALIDE;
    for (let c = 0; c < k; c++) {
      const contrat = bruts[c]!;
      const d = lireJour(contrat.debut);
      const f = lireJour(contrat.fin);
      const r = lireJour(contrat.rupture);
      if (d !== d || d === DATE_INVALIDE || f === DATE_INVALIDE || r === DATE_INVALIDE) valide = false;
      tampon.debuts[c] = d;
      tampon.fins[c] = f;
      tampon.ruptures[c] = r;
    }
    tampon.nombre = k;
    const exclusion = lireJour(e.exclusion);
    if (exclusion === DATE_INVALIDE) valide = false;
    if (valide) {
      if (position + 3 * k + 4 > sortie.jours.length) {
        const jours = new Int32Array(sortie.jours.length * 2 + 3 * k + 4);
        jours.set(sortie.jours);
        const statuts = new Uint8Array(jours.length);
        statuts.set(sortie.statuts);
        sortie.jours = jours;
        sortie.statuts = statuts;
      }
      position += ecrireParcours(debut, fin, tampon, exclusion, seuils, sortie, position);
    } else {
      const anomalies: { chemin: string; message: string }[] = [];
      if (lireJour(formation.debut) === DATE_INVALIDE || formation.debut === undefined || formation.debut === null) anomalies.push(anomalie(formation.debut, "formation.debut"));
      if (lireJour(formation.fin) === DATE_INVALIDE || formation.fin === undefined || formation.fin === null) anomalies.push(anomalie(formation.fin, "formation.fin"));
      bruts.forEach((contrat, c) => {
        const d = lireJour(contrat.debut);
        if (d !== d || d === DATE_INVALIDE) anomalies.push(anomalie(contrat.debut, `contrats[${c}].debut`));
        if (lireJour(contrat.fin) === DATE_INVALIDE) anomalies.push(anomalie(contrat.fin, `contrats[${c}].fin`));
        if (lireJour(contrat.rupture) === DATE_INVALIDE) anomalies.push(anomalie(contrat.rupture, `contrats[${c}].rupture`));
      });
      if (exclusion === DATE_INVALIDE) anomalies.push(anomalie(e.exclusion, "exclusion"));
      illisibles.push({ index: i, id: e.id, anomalies });
    }
    const dateNaissance = e.apprenant?.dateNaissance;
    const jourNaissance = typeof dateNaissance === "string" ? jourDepuisDate(dateNaissance) : Number.NaN;
    naissance[i] = jourNaissance === jourNaissance ? jourNaissance : NAISSANCE_INCONNUE;
    const org = e.organisme;
    fiable[i] = org?.fiable === false ? 0 : 1;

    // Dimensions fixes ; région et académie déduites du département de l'organisme au besoin.
    const dep = vide(org?.departement);
    let reg = vide(org?.region);
    let aca = vide(org?.academie);
    if (dep !== null && (reg === null || aca === null)) {
      let t = territoires.get(dep);
      if (t === undefined) {
        const d = departementNomenclature(dep);
        t = { region: d?.region?.code ?? null, academie: d?.academie?.code ?? null };
        territoires.set(dep, t);
      }
      reg ??= t.region;
      aca ??= t.academie;
    }
    const rncpBrut = vide(formation.rncp);
    let rncp: string | null = null;
    if (rncpBrut !== null) {
      rncp = rncpNormalises.get(rncpBrut) ?? null;
      if (rncp === null) {
        rncp = normaliserRncp(rncpBrut) ?? rncpBrut;
        rncpNormalises.set(rncpBrut, rncp);
      }
    }
    const cfd = vide(formation.cfd);
    codes.departement.ecrire(i, departement.coder(dep));
    codes.region.ecrire(i, region.coder(reg));
    codes.academie.ecrire(i, academie.coder(aca));
    codes.organisme.ecrire(i, organisme.coder(vide(org?.uai) ?? undefined, vide(org?.siret) ?? undefined));
    codes.formation.ecrire(i, formationDict.coder(rncp ?? undefined, cfd ?? undefined));
    codes.rncp.ecrire(i, rncpDict.coder(rncp));
    codes.cfd.ecrire(i, cfdDict.coder(cfd));
    codes.niveau.ecrire(i, niveau.coder(vide(formation.niveau)));
    codes.anneeScolaire.ecrire(i, anneeScolaire.coder(vide(e.anneeScolaire)));
  }
  debutsParcours[n] = position;
  const colonne = (c: ColonneAdaptative, valeurs: (string | null)[]): ColonneCodee => ({ codes: c.codes, valeurs });
  return {
    taille: n,
    debutsParcours,
    joursParcours: sortie.jours.subarray(0, position),
    statutsParcours: sortie.statuts.subarray(0, position),
    naissance,
    fiable,
    colonnes: {
      departement: colonne(codes.departement, departement.valeurs),
      region: colonne(codes.region, region.valeurs),
      academie: colonne(codes.academie, academie.valeurs),
      organisme: colonne(codes.organisme, organisme.valeurs),
      formation: colonne(codes.formation, formationDict.valeurs),
      rncp: colonne(codes.rncp, rncpDict.valeurs),
      cfd: colonne(codes.cfd, cfdDict.valeurs),
      niveau: colonne(codes.niveau, niveau.valeurs),
      anneeScolaire: colonne(codes.anneeScolaire, anneeScolaire.valeurs),
    },
    effectifs,
    illisibles,
  };
}
