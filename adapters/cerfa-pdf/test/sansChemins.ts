/** Copie d'un enregistrement sans les chemins pointés donnés (objets et tableaux vidés retirés). */
export function sansChemins<T>(enregistrement: T, chemins: readonly string[]): T {
  const copie = JSON.parse(JSON.stringify(enregistrement)) as Record<string, unknown>;
  for (const chemin of chemins) {
    const segments = chemin.split(".");
    let courant: unknown = copie;
    for (const segment of segments.slice(0, -1)) courant = (courant as Record<string, unknown> | undefined)?.[segment];
    if (typeof courant === "object" && courant !== null) delete (courant as Record<string, unknown>)[segments[segments.length - 1] ?? ""];
  }
  const elaguer = (valeur: unknown): unknown => {
    if (Array.isArray(valeur)) return valeur.map(elaguer);
    if (typeof valeur !== "object" || valeur === null) return valeur;
    const sortie: Record<string, unknown> = {};
    for (const [cle, enfant] of Object.entries(valeur)) {
      const e = elaguer(enfant);
      if (typeof e === "object" && e !== null && Object.keys(e).length === 0) continue;
      sortie[cle] = e;
    }
    return sortie;
  };
  return elaguer(copie) as T;
}
