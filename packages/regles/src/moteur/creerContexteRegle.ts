import { valeurParametre, type Parametre, type ParametreConsulte } from "@communs-opco/parametres";
import type { ContexteEvaluation } from "../ContexteEvaluation";
import type { EtatPreuve, PreuvePoint } from "../PreuvePoint";
import type { ContexteRegle } from "../Regle";

/** Contexte d'une règle : champs du contexte d'évaluation et trace des paramètres consultés. */
class ContexteRegleTrace<P extends object> implements ContexteRegle<P> {
  readonly dateEvaluation: string;
  readonly mode?: "controle" | "explication";
  readonly cadre?: "saisie" | "revalidation";
  readonly ports?: Partial<P>;

  constructor(
    contexte: ContexteEvaluation<P>,
    private readonly consultes: ParametreConsulte<unknown>[],
    private readonly preuves: PreuvePoint[],
  ) {
    this.dateEvaluation = contexte.dateEvaluation;
    if (contexte.mode !== undefined) this.mode = contexte.mode;
    if (contexte.cadre !== undefined) this.cadre = contexte.cadre;
    if (contexte.ports !== undefined) this.ports = contexte.ports;
  }

  parametre<T>(parametre: Parametre<T>, date: string | undefined): T | undefined {
    if (date === undefined) return undefined;
    const v = valeurParametre(parametre, date);
    if (v === undefined) return undefined;
    if (!this.consultes.some((c) => c.id === v.id && c.dateEffet === v.dateEffet)) this.consultes.push(v);
    return v.valeur;
  }

  preuve(point: string, etat: EtatPreuve, source: string | null, raison?: string): void {
    this.preuves.push(raison === undefined ? { point, etat, source } : { point, etat, source, raison });
  }
}

/**
 * Crée le contexte d'une règle : il trace chaque paramètre consulté (une seule fois par
 * identifiant et date d'effet) dans `consultes`.
 */
export function creerContexteRegle<P extends object>(contexte: ContexteEvaluation<P>, consultes: ParametreConsulte<unknown>[], preuves: PreuvePoint[] = []): ContexteRegle<P> {
  return new ContexteRegleTrace(contexte, consultes, preuves);
}
