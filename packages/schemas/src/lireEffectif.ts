import { CHAMPS_DOSSIER_APPRENANT_V3, dossierApprenantVersEffectif } from "./dossierApprenantVersEffectif.js";
import type { Effectif } from "./effectif.js";
import { schemaEffectifEntree } from "./effectifEntree.js";
import { lireEnregistrement, type AnomalieLecture, type ResultatLecture } from "./lireEnregistrement.js";

const champsV3 = new Set(CHAMPS_DOSSIER_APPRENANT_V3);

/**
 * Lit un effectif : soit l'effectif standard imbriqué, soit un dossier apprenant plat de
 * l'API v3 du Tableau de bord (reconnu à ses noms de champs), converti par
 * {@link dossierApprenantVersEffectif}. Ne lève jamais d'exception. Avertit
 * (`contrat_incomplet`) quand un contrat a une fin, une rupture ou une cause sans date
 * de début, cas que le Tableau de bord rejette.
 *
 * @example
 * ```ts
 * const r = lireEffectif({ nom_apprenant: "Martin", annee_scolaire: "2024/2025", contrat_date_debut: "02/09/2024" });
 * if (r.ok) r.valeur.contrats; // [{ dateDebut: "2024-09-02" }]
 * ```
 */
export function lireEffectif(donnees: unknown): ResultatLecture<Effectif> {
  let entree = donnees;
  if (typeof donnees === "object" && donnees !== null && !Array.isArray(donnees)) {
    const enregistrement = donnees as Record<string, unknown>;
    if (Object.keys(enregistrement).some((cle) => champsV3.has(cle))) entree = dossierApprenantVersEffectif(enregistrement);
  }
  const resultat = lireEnregistrement(schemaEffectifEntree, entree);
  if (!resultat.ok) return resultat;
  const avertissements: AnomalieLecture[] = [...resultat.avertissements];
  (resultat.valeur.contrats ?? []).forEach((contrat, index) => {
    if (contrat.dateDebut === undefined && (contrat.dateFin !== undefined || contrat.dateRupture !== undefined || contrat.causeRupture !== undefined)) {
      avertissements.push({
        chemin: `contrats.${index}.dateDebut`,
        code: "contrat_incomplet",
        message: "Information de contrat incomplète : la date de début du contrat manque alors qu'une fin, une rupture ou une cause est renseignée.",
      });
    }
  });
  return { ok: true, valeur: resultat.valeur, avertissements };
}
