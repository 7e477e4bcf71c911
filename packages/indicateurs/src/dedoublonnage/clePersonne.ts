/**
 * Normalise un nom ou un prénom pour la comparaison : décomposition Unicode, suppression des
 * diacritiques, majuscules, apostrophes et tirets remplacés par un espace, espaces réduits.
 *
 * @example
 * ```ts
 * normaliserNomPersonne("  Lefèvre-N'Diaye "); // "LEFEVRE N DIAYE"
 * ```
 */
export function normaliserNomPersonne(nom: string): string {
  return nom
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .replace(/['’\-]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Clé « personne » du modèle v2 du Tableau de bord (nom, prénom, date de naissance normalisés),
 * complétée par la formation (RNCP, sinon CFD) : deux effectifs de même clé sont le même apprenant
 * dans la même formation. `undefined` si le nom, le prénom ou la date de naissance manque.
 *
 * @example
 * ```ts
 * clePersonne({ nom: "Dupont", prenom: "Léa", dateNaissance: "2006-05-14" }, "RNCP37714");
 * // "DUPONT|LEA|2006-05-14|RNCP37714"
 * ```
 */
export function clePersonne(
  apprenant: { nom?: string | undefined; prenom?: string | undefined; dateNaissance?: string | undefined } | undefined,
  formation: string | undefined,
): string | undefined {
  const nom = apprenant?.nom === undefined ? "" : normaliserNomPersonne(apprenant.nom);
  const prenom = apprenant?.prenom === undefined ? "" : normaliserNomPersonne(apprenant.prenom);
  const naissance = apprenant?.dateNaissance?.slice(0, 10) ?? "";
  if (nom === "" || prenom === "" || !/^\d{4}-\d{2}-\d{2}$/.test(naissance)) return undefined;
  return `${nom}|${prenom}|${naissance}|${formation ?? ""}`;
}
