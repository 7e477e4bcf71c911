import type { NonExecuteeResume } from "./VerificationsNonExecutees";

/**
 * Phrases (texte brut, sans échappement) du rapport, au niveau de l'exécution, des vérifications
 * non exécutées, communes à la sortie texte et au rapport HTML de `opco controle` : un titre qui
 * dit comment y remédier, puis une phrase par vérification (ou partie), les extraits à part.
 * Vide quand tout a été exécuté.
 *
 * @example
 * ```ts
 * lignesNonExecutees(nonExecutees.aSignaler(), "embarque");
 * // ["Non exécutées hors ligne : prepaiement.siret.actif, … ; relancer avec --referentiel mixte pour les exécuter.", "prepaiement.siret.actif (activité de l'établissement employeur) : …", …]
 * ```
 */
export function lignesNonExecutees(liste: readonly NonExecuteeResume[], mode: "embarque" | "local" | "en-ligne" | "mixte" | "aucun"): string[] {
  if (liste.length === 0) return [];
  const indisponibles = liste.filter((v) => v.disponibilite === "indisponible");
  const extraits = liste.filter((v) => v.disponibilite === "extrait");
  const regles = [...new Set(indisponibles.map((v) => v.regle))].join(", ");
  const lignes: string[] = [];
  if (indisponibles.length > 0) {
    lignes.push(
      mode === "aucun"
        ? "Non exécutées : les 12 vérifications avant paiement (--referentiel aucun) ; relancer sans cette option (instantané embarqué) ou avec --referentiel mixte pour les exécuter."
        : mode === "embarque" || mode === "local"
          ? `Non exécutées hors ligne : ${regles} ; relancer avec --referentiel mixte (services en ligne, clés dans l'environnement) pour les exécuter.`
          : `Non exécutées dans cette exécution : ${regles} ; fournir la source manquante indiquée pour les exécuter.`,
    );
    if (mode !== "aucun") for (const v of indisponibles) lignes.push(`${v.regle} (${v.partie}) : ${v.raison}.`);
  }
  if (extraits.length > 0) {
    lignes.push("Exécutées seulement pour les contrats couverts par un extrait de source :");
    for (const v of extraits) lignes.push(`${v.regle} (${v.partie}) : non exécutée pour ${v.contrats} contrat(s) ; ${v.raison}.`);
  }
  return lignes;
}
