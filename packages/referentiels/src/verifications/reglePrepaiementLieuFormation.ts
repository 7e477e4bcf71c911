import { type ConstatRegle, type ContratAControler, consulter, type EtapesRegle, Lecture, regleParConsultations, cleDesChemins } from "@communs-opco/regles";
import type { LieuFormationReferentiel, Referentiel, ReponseReferentiel } from "../Referentiel";
import { consulterReferentiel } from "./consulterReferentiel";
import { etapesFormationsDuResponsable } from "./etapesFormationsDuResponsable";
import { normaliserCommune } from "./normaliserCommune";
import type { PortFormations } from "./PortFormations";
import type { CommuneGeographie, PortGeographie } from "./PortGeographie";
import { referencePrepaiement } from "./referencePrepaiement";
import { sansConclusion } from "./sansConclusion";

/** Ports lus par PP-LIEU : le référentiel (requis), le catalogue et la géographie (facultatifs). */
interface PortsLieu {
  referentiel: Referentiel;
  formations?: PortFormations;
  geographie?: PortGeographie;
}

/** Lieu déclaré au contrat : établissement de formation distinct, sinon le CFA responsable. */
interface LieuDeclare {
  prefixe: "etablissementFormation" | "organismeFormation";
  uai: string | undefined;
  siret: string | undefined;
  codePostal: string | undefined;
  commune: string | undefined;
}

/** Chemins du lieu déclaré pour chaque préfixe, construits une fois. */
const CHEMINS_LIEU = {
  etablissementFormation: { uai: "etablissementFormation.uaiCfa", siret: "etablissementFormation.siret", codePostal: "etablissementFormation.adresse.codePostal", commune: "etablissementFormation.adresse.commune" },
  organismeFormation: { uai: "organismeFormation.uaiCfa", siret: "organismeFormation.siret", codePostal: "organismeFormation.adresse.codePostal", commune: "organismeFormation.adresse.commune" },
} as const;

const CHEMINS_CLE_LIEU = ["etablissementFormation.memeResponsable", ...Object.values(CHEMINS_LIEU.etablissementFormation), ...Object.values(CHEMINS_LIEU.organismeFormation)];
const CLE_LIEU = cleDesChemins(CHEMINS_CLE_LIEU);
const CLE_LIEU_CATALOGUE = cleDesChemins([...CHEMINS_CLE_LIEU, "formation.rncp"]);

function lieuDeclare(contrat: ContratAControler): LieuDeclare {
  const l = new Lecture(contrat);
  const prefixe = l.brut("etablissementFormation.memeResponsable") === false ? "etablissementFormation" : "organismeFormation";
  const chemins = CHEMINS_LIEU[prefixe];
  return {
    prefixe,
    uai: l.texte(chemins.uai)?.toUpperCase(),
    siret: l.texte(chemins.siret)?.replace(/\s/g, ""),
    codePostal: l.texte(chemins.codePostal),
    commune: l.texte(chemins.commune),
  };
}

function decrire(lieu: LieuFormationReferentiel): string {
  const id = lieu.uai ?? lieu.siret;
  const adresse = [lieu.codePostal, lieu.commune].filter((x) => x !== null).join(" ");
  return [id, adresse === "" ? null : adresse].filter((x) => x !== null).join(" ");
}

/** Le lieu connu concorde avec l'adresse déclarée : code postal et commune égaux quand les deux côtés les donnent. */
function memeAdresse(lieu: LieuFormationReferentiel, d: LieuDeclare): boolean {
  if (d.codePostal !== undefined && lieu.codePostal !== null && lieu.codePostal !== d.codePostal.trim()) return false;
  if (d.commune !== undefined && lieu.commune !== null && normaliserCommune(lieu.commune) !== normaliserCommune(d.commune)) return false;
  return (d.codePostal !== undefined && lieu.codePostal !== null) || (d.commune !== undefined && lieu.commune !== null);
}

/** Vérification sur le catalogue des formations (port `formations`). */
function* selonCatalogue(contrat: ContratAControler, d: LieuDeclare, sources: string[]): EtapesRegle<ConstatRegle[]> {
  const r = yield* etapesFormationsDuResponsable(contrat);
  if ("constat" in r) {
    if (r.reponse !== undefined) sources.push(r.reponse.source.nom);
    return [r.constat];
  }
  sources.push(r.source.nom);
  if (r.formations.length === 0) {
    return [{ statut: "indetermine", chemins: ["formation.rncp"], message: `Lieu non vérifiable : aucune formation ${r.rncp} du CFA ${r.siret} au catalogue (voir prepaiement.formation.offre).`, manquants: ["formation.rncp"], details: { source: r.source } }];
  }
  if (d.uai === undefined && d.siret === undefined) return [new Lecture(contrat).indetermine()];
  const lieux = r.formations.filter((f) => (d.uai !== undefined && f.lieu.uai === d.uai) || (d.siret !== undefined && f.lieu.siret === d.siret));
  const chemins = [`${d.prefixe}.uaiCfa`, `${d.prefixe}.siret`];
  if (lieux.length === 0) {
    const connus = [...new Set(r.formations.map((f) => f.lieu.uai ?? f.lieu.siret).filter((x) => x !== null))];
    return [{ statut: "non_conforme", chemins, message: `Le lieu de formation déclaré (${[d.uai, d.siret].filter((x) => x !== undefined).join(" / ")}) n'est pas un lieu de la formation ${r.rncp} du CFA ${r.siret} au catalogue (lieux connus : ${connus.join(", ") || "aucun"}).`, details: { source: r.source, lieuxConnus: connus } }];
  }
  const codePostal = d.codePostal;
  if (codePostal !== undefined && lieux.every((f) => f.lieu.codePostal !== null && f.lieu.codePostal !== codePostal.trim())) {
    return [{ statut: "non_conforme", severite: "avertissement", chemins: [`${d.prefixe}.adresse.codePostal`], message: `Le code postal déclaré du lieu de formation (${codePostal}) diffère de celui du catalogue (${lieux.map((f) => f.lieu.codePostal).join(", ")}).`, details: { source: r.source } }];
  }
  return [];
}

/**
 * Repli sans catalogue : le lieu déclaré est-il un lieu connu du CFA responsable ou de ses
 * organismes formateurs (Référentiel des organismes : `lieux_de_formation`, adresse) ?
 */
function* selonReferentiel(contrat: ContratAControler, d: LieuDeclare, sources: string[]): EtapesRegle<ConstatRegle[]> {
  const l = new Lecture(contrat);
  const siretCfa = l.texte("organismeFormation.siret")?.replace(/\s/g, "");
  if (siretCfa === undefined) return [l.indetermine()];
  if (d.uai === undefined && d.siret === undefined && d.codePostal === undefined && d.commune === undefined) return [l.indetermine()];
  const r = yield* consulterReferentiel("organisme", siretCfa);
  sources.push(r.source.nom);
  if (r.statut !== "trouve") return [sansConclusion("organismeFormation.siret", `les lieux de formation du CFA ${siretCfa}`, r)];
  const formateurs = (r.valeur.relations ?? []).filter((x) => x.type === "responsable->formateur").map((x) => x.siret);
  const lieux: LieuFormationReferentiel[] = [...(r.valeur.lieux ?? [])];
  const sieges: LieuFormationReferentiel[] = r.valeur.adresse === undefined || r.valeur.adresse === null ? [] : [r.valeur.adresse];
  for (const siret of formateurs) {
    const f = yield* consulterReferentiel("organisme", siret);
    if (f.statut !== "trouve") continue;
    lieux.push(...(f.valeur.lieux ?? []));
    if (f.valeur.adresse !== undefined && f.valeur.adresse !== null) lieux.push(f.valeur.adresse);
  }
  // détails des constats, construits seulement quand un constat est rendu (un lieu reconnu n'en a pas)
  const details = () => ({ source: r.source, lieuxConnus: lieux.map(decrire), formateurs });
  const cheminsId = [`${d.prefixe}.uaiCfa`, `${d.prefixe}.siret`];
  const cheminsAdresse = [`${d.prefixe}.adresse.codePostal`, `${d.prefixe}.adresse.commune`];
  const declare = [d.uai, d.siret, d.codePostal, d.commune].filter((x) => x !== undefined).join(" / ");
  const estLeCfa = d.prefixe === "organismeFormation" || d.siret === siretCfa;
  // Lieux auxquels le lieu déclaré peut correspondre : lieux de formation, et le siège quand le lieu est le CFA lui-même.
  const candidats = [...lieux, ...(estLeCfa ? sieges : [])];
  const parIdentite = candidats.filter((x) => (d.uai !== undefined && x.uai === d.uai) || (d.siret !== undefined && x.siret === d.siret));
  const adresseDeclaree = d.codePostal !== undefined || d.commune !== undefined;
  if (parIdentite.length > 0 && (lieux.some((x) => parIdentite.includes(x)) || adresseDeclaree)) {
    if (!adresseDeclaree || parIdentite.some((x) => memeAdresse(x, d))) return [];
    if (parIdentite.every((x) => x.codePostal === null && x.commune === null)) {
      return [{
        statut: "indetermine",
        chemins: cheminsAdresse,
        message: `Adresse déclarée du lieu de formation (${[d.codePostal, d.commune].filter((x) => x !== undefined).join(" ")}) non comparée : le Référentiel des organismes ne donne pas l'adresse de ce lieu. Le point n'est pas vérifié.`,
        manquants: [`ports.referentiel:${r.source.nom}`],
        details: details(),
      }];
    }
    return [{
      statut: "non_conforme",
      severite: "avertissement",
      chemins: cheminsAdresse,
      message: `L'adresse déclarée du lieu de formation (${[d.codePostal, d.commune].filter((x) => x !== undefined).join(" ")}) diffère de celle du Référentiel des organismes pour ce lieu (${parIdentite.map(decrire).join(" ; ")}).`,
      details: details(),
    }];
  }
  if (d.codePostal !== undefined && d.commune !== undefined && candidats.some((x) => x.codePostal !== null && x.commune !== null && memeAdresse(x, d))) {
    // une même commune ne prouve pas que le lieu déclaré soit ce lieu : seul un lieu déclaré sans identifiant est reconnu à son adresse
    if (d.uai === undefined && d.siret === undefined) return [];
    return [{
      statut: "indetermine",
      chemins: cheminsId,
      message: `Lieu de formation non vérifiable sans catalogue : l'identifiant déclaré (${[d.uai, d.siret].filter((x) => x !== undefined).join(" / ")}) n'est celui d'aucun lieu connu du CFA ${siretCfa} ; seule l'adresse (${d.codePostal} ${d.commune}) concorde avec un lieu connu. Le point n'est pas vérifié.`,
      manquants: [`ports.referentiel:${r.source.nom}`],
      details: details(),
    }];
  }
  if (lieux.length === 0 && !(estLeCfa && sieges.length > 0 && adresseDeclaree)) {
    return [{
      statut: "indetermine",
      chemins: [...cheminsId, ...cheminsAdresse],
      message: `Lieu de formation non vérifiable sans catalogue : le Référentiel des organismes ne connaît aucun lieu de formation du CFA ${siretCfa}${formateurs.length > 0 ? " ni de ses formateurs" : ""}${estLeCfa && !adresseDeclaree ? " et l'adresse du lieu n'est pas déclarée" : ""}.`,
      manquants: adresseDeclaree ? [`ports.referentiel:${r.source.nom}`] : cheminsAdresse,
      details: details(),
    }];
  }
  if (parIdentite.length > 0 && !adresseDeclaree) {
    return [{
      statut: "indetermine",
      chemins: cheminsAdresse,
      message: `Lieu de formation non vérifiable sans catalogue : le lieu déclaré est le CFA ${siretCfa} lui-même, qui n'est pas l'un de ses lieux de formation connus, et son adresse n'est pas déclarée.`,
      manquants: cheminsAdresse,
      details: details(),
    }];
  }
  return [{
    statut: "non_conforme",
    severite: "avertissement",
    chemins: [...cheminsId, ...cheminsAdresse],
    message: `Le lieu de formation déclaré (${declare}) n'est pas un lieu connu du CFA ${siretCfa} ni de ses formateurs au Référentiel des organismes (lieux connus : ${candidats.map(decrire).join(" ; ") || "aucun"}) : à vérifier (référentiel daté, lieu récent).`,
    details: details(),
  }];
}

/** Cohérence code postal ↔ commune de l'adresse déclarée (port `geographie`). */
function* selonGeographie(d: LieuDeclare): EtapesRegle<ConstatRegle[]> {
  if (d.codePostal === undefined || d.commune === undefined) return [];
  const chemins = [`${d.prefixe}.adresse.codePostal`, `${d.prefixe}.adresse.commune`];
  const r = yield* consulter<ReponseReferentiel<CommuneGeographie[]>>("geographie", "communesDuCodePostal", d.codePostal);
  if (r.statut === "absent") {
    return [{ statut: "non_conforme", severite: "avertissement", chemins, message: `Le code postal déclaré du lieu de formation (${d.codePostal}) ne correspond à aucune commune (${r.source.nom}).`, details: { source: r.source, raison: r.raison } }];
  }
  if (r.statut !== "trouve") return [{ ...sansConclusion(chemins[0] as string, `la cohérence du code postal ${d.codePostal} et de la commune ${d.commune}`, r), manquants: [`ports.geographie:${r.source.nom}`] }];
  const cible = normaliserCommune(d.commune);
  const noms = r.valeur.flatMap((c) => [c.nom, ...c.anciennes, ...c.arrondissements]);
  if (noms.some((n) => normaliserCommune(n) === cible)) return [];
  return [{
    statut: "non_conforme",
    severite: "avertissement",
    chemins,
    message: `La commune déclarée du lieu de formation (${d.commune}) ne correspond pas au code postal ${d.codePostal} (communes de ce code : ${r.valeur.map((c) => c.nom).join(", ")}).`,
    details: { source: r.source, communes: r.valeur.map((c) => ({ nom: c.nom, codeInsee: c.codeInsee })) },
  }];
}

/**
 * PP-LIEU — le lieu de formation déclaré (établissement de formation distinct, sinon le CFA) :
 *
 * - avec le catalogue (port `formations`) : c'est un lieu d'une formation de ce RNCP et de ce CFA
 *   (UAI ou SIRET du lieu) → sinon bloquant ; code postal différent de celui du catalogue →
 *   avertissement ;
 * - sans catalogue (hors ligne) : c'est un lieu connu du CFA responsable ou de ses organismes
 *   formateurs (relations `responsable->formateur`) au Référentiel des organismes — même UAI ou
 *   SIRET, sinon même code postal et même commune (nom normalisé : accents, casse, tirets,
 *   ST/SAINT, CEDEX, arrondissements) ; écart → avertissement (référentiel daté) ; aucun lieu
 *   connu, identifiant déclaré inconnu dont seule la commune concorde ou adresse du lieu absente du
 *   référentiel → indéterminé ;
 * - avec le port `geographie` (API Apprentissage en ligne) : le code postal et la commune déclarés
 *   concordent (commune, anciennes communes, arrondissements) ; écart → avertissement.
 *
 * @example
 * ```ts
 * await evaluerReglesAsync([reglePrepaiementLieuFormation], contrat, { dateEvaluation: "2026-11-26", ports: { referentiel, formations, geographie } });
 * ```
 */
export const reglePrepaiementLieuFormation = regleParConsultations<ContratAControler, PortsLieu>({
  nature: "asynchrone",
  ports: ["referentiel"],
  id: "prepaiement.formation.lieu",
  titre: "Lieu de formation au catalogue",
  description:
    "L'UAI ou le SIRET du lieu de formation déclaré est celui d'un lieu de la formation au catalogue (sans catalogue : un lieu connu du CFA ou de ses formateurs au Référentiel des organismes) ; son code postal et sa commune concordent.",
  severite: "bloquant",
  references: [referencePrepaiement("PP-LIEU")],
  parametres: [],
  chemins: [
    "etablissementFormation.uaiCfa",
    "etablissementFormation.siret",
    "organismeFormation.uaiCfa",
    "organismeFormation.siret",
    "organismeFormation.adresse.codePostal",
    "organismeFormation.adresse.commune",
    "etablissementFormation.adresse.codePostal",
    "etablissementFormation.adresse.commune",
  ],
  idSpecification: ["PP-LIEU"],
  points: ["lieu.formation"],
  // Seules entrées lues par les étapes : le lieu déclaré (des deux préfixes), le CFA et, avec le catalogue, le RNCP.
  cleEntrees(contrat, contexte) {
    const formations = (contexte.ports as { formations?: unknown } | undefined)?.formations;
    return formations === undefined ? CLE_LIEU(contrat) : CLE_LIEU_CATALOGUE(contrat);
  },
  *etapes(contrat, contexte) {
    const d = lieuDeclare(contrat);
    const { formations, geographie } = contexte.ports;
    const sources: string[] = [];
    const constats = formations === undefined ? yield* selonReferentiel(contrat, d, sources) : yield* selonCatalogue(contrat, d, sources);
    // chaque chemin de selonCatalogue / selonReferentiel rend un constat, sauf quand le lieu est reconnu
    const source = sources[0] ?? null;
    contexte.preuve("lieu.formation", constats.length === 0 ? "prouve" : "non_prouve", source, constats.length === 0 ? "lieu déclaré reconnu" : (constats[0]?.message ?? "lieu non reconnu"));
    if (geographie !== undefined) {
      const geo = yield* selonGeographie(d);
      if (d.codePostal !== undefined && d.commune !== undefined) contexte.preuve("lieu.commune", geo.length === 0 ? "prouve" : "non_prouve", "géographie (port geographie)", geo.length === 0 ? "code postal et commune concordent" : "voir constats");
      constats.push(...geo);
    }
    return constats;
  },
});
