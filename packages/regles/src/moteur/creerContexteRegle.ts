import { valeurParametre, type Parametre, type ParametreConsulte } from "@communs-opco/parametres";
import type { ContexteEvaluation } from "../ContexteEvaluation";
import type { ContexteRegle } from "../Regle";

/**
 * Crée le contexte d'une règle : il trace chaque paramètre consulté (une seule fois par
 * identifiant et date d'effet) dans `consultes`.
 */
export function creerContexteRegle<P extends object>(
  contexte: ContexteEvaluation<P>,
  consultes: ParametreConsulte<unknown>[],
): ContexteRegle<P> {
  return {
    ...contexte,
    parametre<T>(parametre: Parametre<T>, date: string | undefined): T | undefined {
      if (date === undefined) return undefined;
      const v = valeurParametre(parametre, date);
      if (v === undefined) return undefined;
      if (!consultes.some((c) => c.id === v.id && c.dateEffet === v.dateEffet)) consultes.push(v);
      return v.valeur;
    },
  };
}
