import { decoderTexte } from "@communs-opco/adaptateur";
import type { AnomalieTdb } from "./AnomalieTdb.js";
import { creerBilanTdb } from "./creerBilanTdb.js";
import type { BilanTdb } from "./BilanTdb.js";
import type { ResultatDossierTdb } from "./ResultatDossierTdb.js";
import { validerDossierApprenant } from "./validerDossierApprenant.js";

/** Taille maximale d'un envoi à `POST /api/v3/dossiers-apprenants` (`indicateurs.md` §1.1). */
const TAILLE_MAX_LOT = 2000;

/**
 * Lit le corps d'un envoi à l'API v3 du Tableau de bord (`POST /api/v3/dossiers-apprenants` :
 * un tableau JSON d'au plus 2000 dossiers apprenants) et valide chaque élément avec
 * {@link validerDossierApprenant} (canal `api`, source `ERP`). Accepte le texte, les octets
 * UTF-8 ou la valeur déjà analysée. Un JSON illisible, un corps qui n'est pas un tableau
 * ou un lot trop grand donnent une anomalie de fichier ; un élément qui n'est pas un
 * objet est `illisible`. Ne lève jamais d'exception.
 *
 * @example
 * ```ts
 * const bilan = lireDossiersApprenantsV3('[{"nom_apprenant":"Dupuis"}]');
 * bilan.invalides; // 1 (champs obligatoires manquants)
 * ```
 */
export function lireDossiersApprenantsV3(json: string | Uint8Array | unknown): BilanTdb {
  const fichier: AnomalieTdb[] = [];
  let valeur: unknown = json;
  if (json instanceof Uint8Array || typeof json === "string") {
    const texte = typeof json === "string" ? json : decoderTexte(json);
    if (texte === undefined) return creerBilanTdb([], [{ ligne: 0, champ: "", gravite: "erreur", code: "encodage_invalide", message: "Le corps n'est pas encodé en UTF-8." }]);
    try {
      valeur = JSON.parse(texte.startsWith("\uFEFF") ? texte.slice(1) : texte);
    } catch (e) {
      return creerBilanTdb([], [{ ligne: 0, champ: "", gravite: "erreur", code: "syntaxe_invalide", message: `JSON illisible : ${e instanceof Error ? e.message : String(e)}` }]);
    }
  }
  let elements: unknown[];
  if (Array.isArray(valeur)) elements = valeur;
  else if (typeof valeur === "object" && valeur !== null) {
    elements = [valeur];
    fichier.push({ ligne: 0, champ: "", gravite: "avertissement", code: "structure_invalide", message: "Le corps doit être un tableau de dossiers : l'objet reçu est lu comme un tableau d'un élément." });
  } else {
    return creerBilanTdb([], [{ ligne: 0, champ: "", gravite: "erreur", code: "structure_invalide", message: "Le corps doit être un tableau JSON de dossiers apprenants." }]);
  }
  if (elements.length > TAILLE_MAX_LOT) {
    fichier.push({
      ligne: 0,
      champ: "",
      gravite: "erreur",
      code: "lot_trop_grand",
      message: `Le Tableau de bord refuse les envois de plus de ${TAILLE_MAX_LOT} dossiers (${elements.length} reçus) : découpez l'envoi. Chaque dossier est tout de même validé ci-dessous.`,
    });
  }
  const resultats: ResultatDossierTdb[] = elements.map((element, rang) =>
    typeof element === "object" && element !== null && !Array.isArray(element)
      ? validerDossierApprenant(element as Record<string, unknown>, { ligne: rang, canal: "api" })
      : { ligne: rang, statut: "illisible", anomalies: [{ ligne: rang, champ: "", gravite: "erreur", code: "enregistrement_invalide", message: "L'élément n'est pas un objet JSON." }] },
  );
  return creerBilanTdb(resultats, fichier);
}
