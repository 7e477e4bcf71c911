import { normaliserCfd } from "../importeurs/normaliserCfd";
import { normaliserIdcc } from "../importeurs/normaliserIdcc";
import { normaliserRncp } from "../importeurs/normaliserRncp";
import { normaliserTexte } from "../importeurs/normaliserTexte";
import type { CorrespondanceCpneIdcc } from "./CorrespondanceCpneIdcc";
import { IndexCorrespondancesNpec } from "./IndexCorrespondancesNpec";
import type { ResultatRechercheNpec } from "./ResultatRechercheNpec";
import type { ValeurNpecEcartee } from "./NpecApplicable";
import type { ValeurNpec } from "./ValeurNpec";

/** Clé de la CPNE d'une valeur (code, sinon libellé normalisé). */
function cleCpne(v: ValeurNpec): string {
  return v.codeCpne ?? normaliserTexte(v.libelleCpne ?? "");
}

/** La valeur vient-elle d'une ligne qui liste le code cherché parmi plusieurs (`RNCPancien/RNCPnouveau`) ? */
function estLigneCombinee(v: ValeurNpec, rncp: string | null): boolean {
  return rncp !== null && v.rncp === rncp && (v.autresCodesLigne?.length ?? 0) > 0;
}

/**
 * Primauté de la ligne à code unique (corrections juridiques §7.1) : pour une même CPNE et une
 * même date, une ligne dont la cellule RNCP est exactement le code cherché l'emporte sur une
 * ligne où ce code figure parmi plusieurs ; ces dernières sont écartées (et signalées).
 */
function primauteCodeUnique(valeurs: readonly ValeurNpec[], rncp: string | null): { retenues: ValeurNpec[]; ecartees: ValeurNpec[] } {
  const exactesParCpne = new Set(valeurs.filter((v) => !estLigneCombinee(v, rncp)).map(cleCpne));
  const retenues: ValeurNpec[] = [];
  const ecartees: ValeurNpec[] = [];
  for (const v of valeurs) (estLigneCombinee(v, rncp) && exactesParCpne.has(cleCpne(v)) ? ecartees : retenues).push(v);
  return { retenues, ecartees };
}

function versEcartee(v: ValeurNpec): ValeurNpecEcartee {
  return { npecAnnuel: v.montant, codesLigne: [v.rncp ?? "", ...(v.autresCodesLigne ?? [])].sort(), source: { fichier: v.fichier, ligne: v.ligne } };
}

function formaterMontant(v: ValeurNpec): string {
  return v.montant === null ? (v.nonDefini ?? "NC") : `${String(v.montant)} €`;
}

function noteEcartees(retenue: ValeurNpec, ecartees: readonly ValeurNpec[]): string {
  const autres = ecartees.map((e) => `la ligne ${String(e.ligne)} de ${e.fichier} (${versEcartee(e).codesLigne.join("/")}) donne ${formaterMontant(e)}`).join(" ; ");
  return `Valeur de la ligne à code unique retenue (${retenue.fichier}, ligne ${String(retenue.ligne)} : ${formaterMontant(retenue)}) ; ${autres} : ligne qui liste plusieurs certifications, écartée.`;
}

/**
 * Critères d'une recherche de NPEC. `date` = date de conclusion du contrat (`AAAA-MM-JJ`).
 *
 * @example
 * ```ts
 * const c: CriteresNpec = { rncp: "RNCP1002", idcc: "478", date: "2024-09-01" };
 * ```
 */
export interface CriteresNpec {
  rncp?: string;
  cfd?: string;
  idcc: string;
  date: string;
}

/**
 * Cherche le NPEC applicable (logique pure) : IDCC de l'employeur → CPNE (onglet CPNE-IDCC de la
 * même édition, ou IDCC porté par la ligne) → valeur (certification, CPNE) dont la date
 * d'applicabilité est la plus récente ≤ date du contrat, toutes éditions confondues.
 * Une ligne dont la cellule RNCP est exactement le code cherché prime sur une ligne qui le liste
 * parmi plusieurs codes (`RNCPancien/RNCPnouveau`) : la réponse porte alors `valeursEcartees` et
 * une `note` qui nomme la valeur et la ligne écartées. Plusieurs CPNE, deux lignes à code unique
 * contradictoires ou une cellule NC/NR donnent `indetermine`. Les correspondances peuvent être
 * données déjà indexées ({@link IndexCorrespondancesNpec}, construit une fois par instantané).
 *
 * @example
 * ```ts
 * rechercherNpec(valeurs, correspondances, { rncp: "RNCP1002", idcc: "478", date: "2024-09-01" });
 * // { statut: "trouve", valeur: { npecAnnuel: 9497, statut: "A", dateApplicabilite: "2024-07-15", … } }
 * ```
 */
export function rechercherNpec(
  valeurs: readonly ValeurNpec[],
  correspondances: readonly CorrespondanceCpneIdcc[] | IndexCorrespondancesNpec,
  criteres: CriteresNpec,
): ResultatRechercheNpec {
  return rechercherNpecSurLaPeriode(valeurs, correspondances, criteres)(criteres.date);
}

/**
 * La recherche de {@link rechercherNpec}, faite une fois pour toutes les dates de la même période
 * d'applicabilité que `criteres.date` : la réponse ne dépend de la date que par les comparaisons
 * `dateApplicabilite <= date` (les mêmes pour deux dates qu'aucune date d'applicabilité ne sépare)
 * et par la date citée dans le motif d'une absence. Rend la réponse à une date de cette période.
 * Interne au paquet (mémoire par période de `ReferentielHorsLigne`).
 *
 * @example
 * ```ts
 * const auJour = rechercherNpecSurLaPeriode(valeurs, index, { rncp: "RNCP1002", idcc: "478", date: "2024-09-01" });
 * auJour("2024-09-02"); // même réponse qu'au 2024-09-01 si aucune édition ne commence entre les deux
 * ```
 */
export function rechercherNpecSurLaPeriode(
  valeurs: readonly ValeurNpec[],
  correspondances: readonly CorrespondanceCpneIdcc[] | IndexCorrespondancesNpec,
  criteres: CriteresNpec,
): (date: string) => ResultatRechercheNpec {
  const constante = (r: ResultatRechercheNpec): ((date: string) => ResultatRechercheNpec) => () => r;
  const idcc = normaliserIdcc(criteres.idcc);
  if (idcc === null) return constante({ statut: "absent", raison: `IDCC invalide : « ${criteres.idcc} »` });
  const rncp = criteres.rncp === undefined ? null : normaliserRncp(criteres.rncp);
  const cfd = criteres.cfd === undefined ? null : normaliserCfd(criteres.cfd);
  if (rncp === null && cfd === null) return constante({ statut: "absent", raison: "ni code RNCP ni code formation valide" });
  const libelleCertif = rncp ?? cfd ?? "";

  const index = correspondances instanceof IndexCorrespondancesNpec ? correspondances : IndexCorrespondancesNpec.construire(correspondances);
  const rattachements = index.rattachements(idcc);
  // CPNE et libellés de l'IDCC : calculés une fois par l'index (par IDCC et par édition), pas à chaque recherche.
  const libelles = index.libellesCpne(idcc);
  const pourCertification = valeurs.filter((v) => (rncp !== null && v.rncp === rncp) || (cfd !== null && v.cfd === cfd));
  const pourBranche = pourCertification.filter(
    (v) =>
      v.idcc.includes(idcc) ||
      (v.codeCpne !== null && index.codesCpne(idcc, v.fichier).has(v.codeCpne)) ||
      (v.codeCpne === null && v.libelleCpne !== null && libelles.has(normaliserTexte(v.libelleCpne))),
  );
  const applicables = pourBranche.filter((v) => v.dateApplicabilite <= criteres.date);

  if (applicables.length === 0) {
    if (pourCertification.length === 0) return constante({ statut: "absent", raison: `aucun NPEC pour ${libelleCertif} dans le référentiel` });
    if (pourBranche.length === 0) {
      return constante(
        rattachements.length === 0
          ? { statut: "absent", raison: `l'IDCC ${idcc} n'est rattaché à aucune CPNE dans le référentiel` }
          : { statut: "absent", raison: `aucun NPEC pour ${libelleCertif} et la CPNE de l'IDCC ${idcc}` },
      );
    }
    const premiere = pourBranche.map((v) => v.dateApplicabilite).sort()[0] ?? "";
    // seul motif qui cite la date du contrat
    return (date) => ({ statut: "absent", raison: `aucun NPEC applicable au ${date} pour ${libelleCertif} et l'IDCC ${idcc} (première date d'applicabilité : ${premiere})` });
  }

  const dateRetenue = applicables.reduce((max, v) => (v.dateApplicabilite > max ? v.dateApplicabilite : max), "");
  const { retenues, ecartees } = primauteCodeUnique(
    applicables.filter((v) => v.dateApplicabilite === dateRetenue),
    rncp,
  );
  const cpnes = new Set(retenues.map((v) => v.codeCpne ?? normaliserTexte(v.libelleCpne ?? "")));
  if (cpnes.size > 1) {
    return constante({ statut: "indetermine", raison: `l'IDCC ${idcc} relève de plusieurs CPNE (${[...cpnes].join(", ")}) : NPEC à déterminer`, candidats: retenues });
  }
  const montants = new Set(retenues.map((v) => (v.montant === null ? (v.nonDefini ?? "NC") : String(v.montant))));
  if (montants.size > 1) {
    return constante({ statut: "indetermine", raison: `valeurs contradictoires au ${dateRetenue} : ${[...montants].join(" / ")}`, candidats: retenues });
  }
  const valeur = retenues[0] as ValeurNpec;
  if (valeur.montant === null) {
    return constante({ statut: "indetermine", raison: `NPEC non défini (${valeur.nonDefini ?? "NC"}) pour ${libelleCertif} et la CPNE ${valeur.codeCpne ?? valeur.libelleCpne ?? "?"}`, candidats: retenues });
  }
  const libelleCpne =
    valeur.libelleCpne ?? rattachements.find((r) => r.codeCpne === valeur.codeCpne && r.fichier === valeur.fichier)?.libelleCpne ??
    rattachements.find((r) => r.codeCpne === valeur.codeCpne)?.libelleCpne ?? null;
  const differentes = ecartees.filter((e) => e.montant !== valeur.montant);
  return constante({
    statut: "trouve",
    valeur: {
      ...(differentes.length === 0 ? {} : { valeursEcartees: differentes.map(versEcartee), note: noteEcartees(valeur, differentes) }),
      rncp: valeur.rncp,
      cfd: valeur.cfd,
      idcc,
      cpne: { code: valeur.codeCpne, libelle: libelleCpne },
      npecAnnuel: valeur.montant,
      statut: valeur.statut,
      dateApplicabilite: valeur.dateApplicabilite,
      source: { fichier: valeur.fichier, ligne: valeur.ligne },
    },
  });
}
