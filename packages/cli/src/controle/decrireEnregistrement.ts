function champ(objet: unknown, ...chemin: string[]): string | undefined {
  let courant: unknown = objet;
  for (const cle of chemin) {
    if (typeof courant !== "object" || courant === null) return undefined;
    courant = (courant as Record<string, unknown>)[cle];
  }
  return typeof courant === "string" && courant.trim() !== "" ? courant.trim() : typeof courant === "number" ? String(courant) : undefined;
}

function initiale(texte: string | undefined): string | undefined {
  const lettre = texte?.trim().charAt(0);
  return lettre === undefined || lettre === "" ? undefined : `${lettre.toUpperCase()}.`;
}

/**
 * Décrit un enregistrement en une ligne **sans donnée personnelle en clair**, pour les sorties
 * texte et HTML : SIRET de l'employeur (donnée publique), initiales de l'apprenti et seulement
 * l'année de sa date de naissance, intitulé de la qualification. Les noms, NIR, adresses,
 * courriels et téléphones n'y figurent jamais.
 *
 * @example
 * ```ts
 * decrireEnregistrement({ employeur: { siret: "80123456700015" }, apprenti: { prenom: "Léa", nom: "MARTIN", dateNaissance: "2007-03-14" } });
 * // "employeur 80123456700015 · apprenti(e) L. M. (né(e) en 2007)"
 * ```
 */
export function decrireEnregistrement(valeur: unknown): string {
  if (typeof valeur !== "object" || valeur === null || Array.isArray(valeur)) return "valeur JSON qui n'est pas un objet";
  const morceaux: string[] = [];
  const siret = champ(valeur, "employeur", "siret");
  if (siret !== undefined) morceaux.push(`employeur ${siret.replace(/\s/g, "").slice(0, 20)}`);
  const initiales = [initiale(champ(valeur, "apprenti", "prenom")), initiale(champ(valeur, "apprenti", "nom"))].filter((x) => x !== undefined);
  const annee = /(\d{4})/.exec(champ(valeur, "apprenti", "dateNaissance") ?? "")?.[1];
  if (initiales.length > 0 || annee !== undefined) {
    morceaux.push(`apprenti(e) ${initiales.length > 0 ? initiales.join(" ") : "?"}${annee === undefined ? "" : ` (né(e) en ${annee})`}`);
  }
  const intitule = champ(valeur, "formation", "intituleQualification");
  if (intitule !== undefined) morceaux.push(intitule.slice(0, 80));
  return morceaux.length === 0 ? "enregistrement sans employeur ni apprenti identifiables" : morceaux.join(" · ");
}
