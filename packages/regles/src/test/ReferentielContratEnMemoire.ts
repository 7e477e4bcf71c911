import type { PortReferentielContrat, ReponseReferentielContrat, SourceReferentielContrat } from "../contrat/PortReferentielContrat";

/** Implémentation en mémoire du port des référentiels, pour les tests : tables fournies, source nommée. */
export class ReferentielContratEnMemoire implements PortReferentielContrat {
  readonly source: SourceReferentielContrat = { nom: "référentiel de test en mémoire", date: "2025-08-01" };

  constructor(
    private readonly tables: {
      entreprises?: Record<string, "actif" | "ferme" | "inconnu">;
      organismes?: Record<string, boolean | null>;
      /** État actif, ou état et dates de validité `AAAA-MM-JJ`. */
      certifications?: Record<string, boolean | null | { actif: boolean | null; dateDebut?: string | null; dateFin?: string | null }>;
      indisponible?: boolean;
    },
  ) {}

  private repondre<T>(valeur: T | undefined): ReponseReferentielContrat<T> {
    if (this.tables.indisponible === true) return { statut: "indisponible", raison: "service en maintenance", source: this.source };
    return valeur === undefined ? { statut: "absent", raison: "inconnu", source: this.source } : { statut: "trouve", valeur, source: this.source };
  }

  async entreprise(siret: string) {
    const etat = this.tables.entreprises?.[siret];
    return this.repondre(etat === undefined ? undefined : { etat });
  }

  async organisme(siretOuUai: string) {
    const ouvert = this.tables.organismes?.[siretOuUai];
    return this.repondre(ouvert === undefined ? undefined : { ouvert });
  }

  async certification(code: string) {
    const c = this.tables.certifications?.[code];
    return this.repondre(c === undefined ? undefined : typeof c === "object" && c !== null ? c : { actif: c });
  }
}
