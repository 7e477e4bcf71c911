import type { Offre } from "@communs-opco/schemas";
import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { appelerService, lireJsonService } from "./appelerService";
import { ErreurService } from "./ErreurService";

/**
 * Page d'offres rendue par `GET /v1/offres` du service.
 *
 * @example
 * ```ts
 * const p: PageOffres = { offres: [], total: 0, page: 1, parPage: 10 };
 * ```
 */
export interface PageOffres {
  offres: Offre[];
  total: number;
  page: number;
  parPage: number;
}

const PAR_PAGE = 10;

function dateFr(iso: string | undefined): string | undefined {
  const m = iso === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m === null ? undefined : `${m[3]}/${m[2]}/${m[1]}`;
}

/** Lien vers l'offre : l'URL de candidature de La bonne alternance, si c'est une adresse web. */
function lienOffre(o: Offre): string | undefined {
  const url = o.candidature?.url;
  return url !== undefined && /^https?:\/\//i.test(url) ? url : undefined;
}

/**
 * `<offres-alternance base-url opco rome departement rayon>` : offres d'emploi en alternance de
 * La bonne alternance pour le périmètre d'un OPCO, lues par `GET {base-url}/v1/offres` (liste
 * accessible avec titres et liens vers chaque offre, pagination, états de chargement et d'erreur).
 *
 * @example
 * ```html
 * <script type="module" src="/formulaire/offres-alternance.js"></script>
 * <offres-alternance base-url="https://service.opco.example" opco="akto" rome="D1102" departement="69"></offres-alternance>
 * ```
 */
export class OffresAlternance extends LitElement {
  static override styles = css`
    :host { display: block; font-family: var(--offres-police, system-ui, sans-serif); color: var(--offres-couleur-texte, #1e1e1e); line-height: 1.5; }
    ul { list-style: none; padding: 0; margin: 0; }
    li.offre { border: 1px solid var(--offres-couleur-bordure, #cccccc); border-radius: var(--offres-rayon, 4px); padding: 0.75rem; margin: 0 0 0.75rem; }
    h3 { margin: 0 0 0.25rem; font-size: 1.1rem; }
    a { color: var(--offres-couleur-principale, #000091); }
    .meta { margin: 0; color: #3a3a3a; font-size: 0.9rem; }
    .pagination { display: flex; gap: 0.5rem; align-items: center; margin: 1rem 0; }
    button { font: inherit; border: 1px solid var(--offres-couleur-principale, #000091); background: var(--offres-couleur-principale, #000091); color: #ffffff; padding: 0.3rem 0.8rem; border-radius: var(--offres-rayon, 4px); cursor: pointer; }
    button:disabled { opacity: 0.6; cursor: not-allowed; }
    :focus-visible { outline: 3px solid var(--offres-couleur-focus, #0a76f6); outline-offset: 2px; }
    .visuellement-cache { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .erreur { color: var(--offres-couleur-erreur, #b60000); }
  `;

  static override properties = {
    baseUrl: { type: String, attribute: "base-url" },
    opco: { type: String },
    rome: { type: String },
    departement: { type: String },
    rayon: { type: Number },
    titre: { type: String },
    page: { state: true },
    resultat: { state: true },
    erreur: { state: true },
    chargement: { state: true },
  };

  declare baseUrl: string;
  declare opco: string | undefined;
  declare rome: string | undefined;
  declare departement: string | undefined;
  declare rayon: number | undefined;
  declare titre: string;
  declare page: number;
  declare resultat: PageOffres | undefined;
  declare erreur: string;
  declare chargement: boolean;
  private demande = 0;

  constructor() {
    super();
    this.baseUrl = "";
    this.titre = "Offres en alternance";
    this.page = 1;
    this.erreur = "";
    this.chargement = false;
  }

  protected override willUpdate(changes: PropertyValues): void {
    if (["baseUrl", "opco", "rome", "departement", "rayon"].some((p) => changes.has(p)) && changes.get("page") === undefined) this.page = 1;
  }

  protected override updated(changes: PropertyValues): void {
    if (["baseUrl", "opco", "rome", "departement", "rayon", "page"].some((p) => changes.has(p))) void this.charger();
  }

  private url(): string {
    const p = new URLSearchParams();
    for (const [nom, valeur] of [["opco", this.opco], ["rome", this.rome], ["departement", this.departement], ["rayon", this.rayon === undefined ? undefined : String(this.rayon)]] as const) {
      if (valeur !== undefined && valeur !== "") p.set(nom, valeur);
    }
    p.set("page", String(this.page));
    p.set("parPage", String(PAR_PAGE));
    return `${this.baseUrl.replace(/\/+$/, "")}/v1/offres?${p.toString()}`;
  }

  private async charger(): Promise<void> {
    const numero = ++this.demande;
    this.chargement = true;
    this.erreur = "";
    try {
      const action = "la recherche des offres";
      const page = await lireJsonService<PageOffres>(await appelerService(this.url(), { headers: { accept: "application/json" } }, action), action);
      if (numero !== this.demande) return;
      if (!Array.isArray(page.offres) || typeof page.total !== "number") throw new ErreurService("Réponse inattendue du service pour la recherche des offres.", 200);
      this.resultat = page;
    } catch (e) {
      if (numero !== this.demande) return;
      this.resultat = undefined;
      this.erreur = e instanceof ErreurService ? e.message : "Recherche des offres impossible.";
    } finally {
      if (numero === this.demande) this.chargement = false;
    }
  }

  private changerPage(page: number): void {
    this.page = page;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>("#titre-offres")?.focus());
  }

  private renderOffre(o: Offre): TemplateResult {
    const lien = lienOffre(o);
    const entreprise = o.lieuTravail?.enseigne ?? o.lieuTravail?.raisonSociale ?? o.lieuTravail?.nom;
    const adresse = o.lieuTravail?.adresse;
    const lieu = adresse === undefined ? undefined : [adresse.codePostal, adresse.commune].filter((x) => x !== undefined && x !== "").join(" ");
    const debut = dateFr(o.contrat?.dateDebut);
    const titre = o.titre ?? "Offre sans intitulé";
    return html`<li class="offre" part="offre">
      <article>
        <h3>${lien === undefined ? titre : html`<a href=${lien} target="_blank" rel="noopener noreferrer" part="lien-offre">${titre}<span class="visuellement-cache"> (nouvelle fenêtre)</span></a>`}</h3>
        ${entreprise === undefined ? nothing : html`<p class="meta">Entreprise : ${entreprise}</p>`}
        ${lieu === undefined || lieu === "" ? nothing : html`<p class="meta">Lieu : ${lieu}</p>`}
        ${o.diplomeVise?.libelle === undefined ? nothing : html`<p class="meta">Diplôme visé : ${o.diplomeVise.libelle}</p>`}
        ${debut === undefined ? nothing : html`<p class="meta">Début du contrat : ${debut}</p>`}
      </article>
    </li>`;
  }

  override render(): TemplateResult {
    const r = this.resultat;
    const pages = r === undefined ? 0 : Math.max(1, Math.ceil(r.total / Math.max(1, r.parPage)));
    return html`<section aria-labelledby="titre-offres" aria-busy=${this.chargement ? "true" : "false"} part="offres">
      <h2 id="titre-offres" tabindex="-1">${this.titre}</h2>
      <p role="status" aria-live="polite" part="statut">${this.chargement ? "Chargement des offres…" : r === undefined ? "" : `${String(r.total)} offre(s) trouvée(s)${pages > 1 ? `, page ${String(r.page)} sur ${String(pages)}` : ""}.`}</p>
      ${this.erreur === "" ? nothing : html`<p class="erreur" role="alert" part="erreur">${this.erreur}</p>`}
      ${r === undefined || r.offres.length === 0 ? nothing : html`<ul part="liste">${r.offres.map((o) => this.renderOffre(o))}</ul>`}
      ${r === undefined || pages <= 1
        ? nothing
        : html`<nav class="pagination" aria-label="Pages d'offres" part="pagination">
            <button type="button" ?disabled=${r.page <= 1 || this.chargement} @click=${() => this.changerPage(r.page - 1)}>Page précédente</button>
            <span>Page ${r.page} sur ${pages}</span>
            <button type="button" ?disabled=${r.page >= pages || this.chargement} @click=${() => this.changerPage(r.page + 1)}>Page suivante</button>
          </nav>`}
    </section>`;
  }
}
