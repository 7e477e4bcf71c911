/** Copie d'une valeur JSON sans les objets vides (ce qu'un format plat ne peut pas distinguer de l'absence). */
export function elaguer<T>(valeur: T): T {
  const parcourir = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(parcourir);
    if (typeof v !== "object" || v === null) return v;
    const sortie: Record<string, unknown> = {};
    for (const [cle, enfant] of Object.entries(v)) {
      if (enfant === undefined) continue;
      const e = parcourir(enfant);
      if (typeof e === "object" && e !== null && !Array.isArray(e) && Object.keys(e).length === 0) continue;
      sortie[cle] = e;
    }
    return sortie;
  };
  return parcourir(valeur) as T;
}
