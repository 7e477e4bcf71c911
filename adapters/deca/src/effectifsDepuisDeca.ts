import type { Dossier, Effectif } from "@communs-opco/schemas";

/**
 * Résultat de {@link effectifsDepuisDeca} : les effectifs produits (un par année scolaire
 * couverte par la formation), ou la raison du rejet.
 *
 * @example
 * ```ts
 * const r: EffectifsDeca = { ok: false, raison: "dispositif autre qu'APPR" };
 * ```
 */
export type EffectifsDeca = { readonly ok: true; readonly effectifs: readonly Effectif[] } | { readonly ok: false; readonly raison: string };

/** Écart maximal, en années, entre le début et la fin de la formation (`indicateurs.md` §8.3). */
const ECART_MAX_ANNEES = 5;

/**
 * Complément des effectifs du Tableau de bord par DECA (`indicateurs.md` §8.3) : un contrat
 * DECA du dispositif `APPR` dont la formation a ses deux dates donne un effectif par année
 * scolaire couverte (même année civile → « A-A », sinon « a-(a+1) » pour chaque année a du
 * début à la fin exclue), rattaché à l'organisme (UAI, SIRET) du CFA responsable, qui est
 * aussi le formateur, avec un seul contrat (SIRET employeur, dates, rupture ; NAF et
 * effectif de l'entreprise conservés en extension). Rejets : dispositif autre qu'APPR,
 * date de formation absente, formation de plus de 5 ans, code postal de l'apprenant
 * absent ou pas sur 5 caractères. L'identifiant `idErpApprenant` n'est pas calculé : le
 * Tableau de bord le dérive d'un hachage dont la normalisation est incohérente (à ne pas
 * reproduire, §8.3).
 *
 * @example
 * ```ts
 * const r = effectifsDepuisDeca(dossierDeca);
 * if (r.ok) r.effectifs.map((e) => e.anneeScolaire); // ["2025-2026", "2026-2027"]
 * ```
 */
export function effectifsDepuisDeca(dossier: Dossier): EffectifsDeca {
  if (dossier.dispositif !== "APPR") return { ok: false, raison: "dispositif autre qu'APPR" };
  const contrat = dossier.contrat;
  const debut = contrat?.formation?.dateDebutFormation;
  const fin = contrat?.formation?.dateFinFormation;
  if (debut === undefined || fin === undefined) return { ok: false, raison: "date de début ou de fin de formation absente" };
  const anneeDebut = Number(debut.slice(0, 4));
  const anneeFin = Number(fin.slice(0, 4));
  if (anneeFin < anneeDebut) return { ok: false, raison: "fin de formation antérieure à son début" };
  if (anneeFin - anneeDebut > ECART_MAX_ANNEES) return { ok: false, raison: `formation de plus de ${ECART_MAX_ANNEES} ans` };
  const codePostal = contrat?.apprenti?.adresse?.codePostal;
  if (codePostal === undefined || codePostal.length !== 5) return { ok: false, raison: "code postal de l'apprenant absent ou pas sur 5 caractères" };

  const annees = anneeDebut === anneeFin ? [`${anneeDebut}-${anneeDebut}`] : Array.from({ length: anneeFin - anneeDebut }, (_, i) => `${anneeDebut + i}-${anneeDebut + i + 1}`);
  const apprenti = contrat?.apprenti;
  const organisme = contrat?.organismeFormation;
  const etablissement = {
    ...(organisme?.uaiCfa === undefined ? {} : { uai: organisme.uaiCfa }),
    ...(organisme?.siret === undefined ? {} : { siret: organisme.siret }),
  };
  const details = contrat?.contrat;
  const dateRupture = dossier.rupture?.dateEffet ?? details?.dateRupture;
  const contratEffectif = {
    ...(details?.dateDebutContrat === undefined ? {} : { dateDebut: details.dateDebutContrat }),
    ...(details?.dateFinContrat === undefined ? {} : { dateFin: details.dateFinContrat }),
    ...(dateRupture === undefined ? {} : { dateRupture }),
    ...(contrat?.employeur?.siret === undefined ? {} : { siretEmployeur: contrat.employeur.siret }),
  };
  const extensions: Record<string, unknown> = {};
  if (dossier.numeroDeca !== undefined) extensions["deca:/detailsContrat/noContrat"] = dossier.numeroDeca;
  if (contrat?.employeur?.naf !== undefined) extensions["deca:/employeur/naf"] = contrat.employeur.naf;
  if (contrat?.employeur?.nombreDeSalaries !== undefined) extensions["deca:/employeur/nombreDeSalaries"] = contrat.employeur.nombreDeSalaries;
  const formation = contrat?.formation;

  const effectifs = annees.map(
    (anneeScolaire): Effectif => ({
      anneeScolaire,
      apprenant: {
        ...(apprenti?.nom === undefined ? {} : { nom: apprenti.nom }),
        ...(apprenti?.prenom === undefined ? {} : { prenom: apprenti.prenom }),
        ...(apprenti?.dateNaissance === undefined ? {} : { dateNaissance: apprenti.dateNaissance }),
        ...(apprenti?.sexe === undefined ? {} : { sexe: apprenti.sexe }),
        ...(apprenti?.handicap === undefined ? {} : { rqth: apprenti.handicap }),
        ...(apprenti?.courriel === undefined ? {} : { courriel: apprenti.courriel }),
        ...(apprenti?.telephone === undefined ? {} : { telephone: apprenti.telephone }),
        codePostal,
      },
      formation: {
        ...(formation?.rncp === undefined ? {} : { rncp: formation.rncp }),
        ...(formation?.codeDiplome === undefined ? {} : { cfd: formation.codeDiplome }),
        ...(formation?.intituleQualification === undefined ? {} : { libelleCourt: formation.intituleQualification }),
        dateEntree: debut,
        dateFin: fin,
      },
      ...(Object.keys(etablissement).length === 0 ? {} : { organismeResponsable: etablissement, organismeFormateur: etablissement }),
      contrats: Object.keys(contratEffectif).length === 0 ? [] : [contratEffectif],
      source: "DECA",
      ...(Object.keys(extensions).length === 0 ? {} : { extensions }),
    }),
  );
  return { ok: true, effectifs };
}
