/**
 * Usage d'un titulaire de clé (OPCO) : requêtes par route et par statut HTTP, contrats contrôlés.
 *
 * @example
 * ```ts
 * const u: UsageTitulaire = { titulaire: "akto", requetes: 3, parRoute: { "POST /v1/contrats/controle": 3 }, parStatut: { "200": 3 }, contratsControles: 3, premiereRequete: "…", derniereRequete: "…" };
 * ```
 */
export interface UsageTitulaire {
  titulaire: string;
  requetes: number;
  parRoute: Record<string, number>;
  parStatut: Record<string, number>;
  contratsControles: number;
  premiereRequete: string;
  derniereRequete: string;
}

/**
 * Compteurs d'usage par titulaire de clé d'API (l'OPCO nommé par la clé ; `anonyme` sans clés),
 * résumés par `GET /v1/usage` : l'état des lieux de l'utilisation des services par les OPCO,
 * mesuré. En mémoire de la réplique ; l'agrégat entre répliques passe par `/metrics`.
 *
 * @example
 * ```ts
 * const usage = new UsageCles(() => new Date());
 * usage.noter("akto", "GET /v1/formats", 200, 0);
 * usage.resume();
 * ```
 */
export class UsageCles {
  /** Compteurs par titulaire ; les dates sont gardées telles quelles et écrites en ISO au résumé seulement. */
  readonly #titulaires = new Map<string, Omit<UsageTitulaire, "premiereRequete" | "derniereRequete"> & { premiere: Date; derniere: Date }>();
  readonly #depuis: string;

  constructor(private readonly maintenant: () => Date) {
    this.#depuis = maintenant().toISOString();
  }

  /** Note une requête terminée. */
  noter(titulaire: string, route: string, statut: number, contrats: number): void {
    const quand = this.maintenant();
    let u = this.#titulaires.get(titulaire);
    if (u === undefined) {
      u = { titulaire, requetes: 0, parRoute: {}, parStatut: {}, contratsControles: 0, premiere: quand, derniere: quand };
      this.#titulaires.set(titulaire, u);
    }
    u.requetes++;
    u.parRoute[route] = (u.parRoute[route] ?? 0) + 1;
    u.parStatut[statut] = (u.parStatut[statut] ?? 0) + 1;
    u.contratsControles += contrats;
    u.derniere = quand;
  }

  /** Résumé trié par titulaire. */
  resume(): { depuis: string; titulaires: UsageTitulaire[] } {
    return {
      depuis: this.#depuis,
      titulaires: [...this.#titulaires.values()]
        .sort((a, b) => a.titulaire.localeCompare(b.titulaire))
        .map(({ titulaire, requetes, parRoute, parStatut, contratsControles, premiere, derniere }) => ({
          titulaire,
          requetes,
          parRoute: { ...parRoute },
          parStatut: { ...parStatut },
          contratsControles,
          premiereRequete: premiere.toISOString(),
          derniereRequete: derniere.toISOString(),
        })),
    };
  }
}
