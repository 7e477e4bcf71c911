import { appliquerProfil, brouillonVide, completudeBrouillon, fusionnerChamps, profilDepuisBrouillon, saisir, versContrat, type Brouillon, type CompletudeBrouillon, type PolitiqueEcrasement, type ProfilRecurrent, type Provenance, type TypeProfil } from "@communs-opco/formulaire";
import type { Constat } from "@communs-opco/regles";
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import type { BlocFormulaire, ChampFormulaire } from "./BlocFormulaire";
import { blocsCerfa } from "./blocsCerfa";
import { ClientServiceCerfa, type RapportSignatures, type ReponseCompletion } from "./ClientServiceCerfa";
import type { ControlesContrat } from "./controlesNavigateur";
import { DepotBrouillon } from "./DepotBrouillon";
import { DepotProfils } from "./DepotProfils";
import { ErreurService } from "./ErreurService";
import { estProfilRecurrent } from "./estProfilRecurrent";
import { libelleProvenance } from "./libelleProvenance";
import { stylesCerfa } from "./stylesCerfa";

const SEVERITES: Record<Constat["severite"], string> = { bloquant: "Bloquant", avertissement: "Avertissement", information: "Information" };
const TYPES_PROFIL: Record<TypeProfil, string> = { employeur: "employeur", maitre: "maître d'apprentissage", cfa: "CFA" };
const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });

/** Date du jour à Paris (AAAA-MM-JJ) : date de saisie et date d'évaluation par défaut. */
function dateDuJourParis(): string {
  return new Intl.DateTimeFormat("fr-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

function dateFr(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m === null ? iso : `${m[3]}/${m[2]}/${m[1]}`;
}

function idChamp(chemin: string): string {
  return `champ-${chemin.replace(/\./g, "-")}`;
}

/**
 * `<cerfa-apprentissage base-url="…">` : formulaire CERFA FA13 (contrat d'apprentissage) par
 * blocs, avec contrôles en direct (`@communs-opco/regles`, chargés à la demande), complétude par
 * bloc, rémunération minimale recalculée à la saisie, autocomplétion par le service
 * (`POST {base-url}/v1/formulaire/completer`), profils récurrents dans IndexedDB (export et
 * import JSON), brouillon conservé au rechargement, CERFA PDF rempli et signature par le service.
 *
 * Attributs : `base-url` (adresse du service), `date-evaluation` (AAAA-MM-JJ, par défaut la date
 * du jour à Paris), `cle-brouillon` (clé du brouillon dans le navigateur), `ecraser` (politique
 * d'écrasement des profils et de l'autocomplétion : `vides` par défaut, `automatiques` ou `tout`).
 *
 * Événements : `cerfa-change` (`{ chemin, brouillon }`), `cerfa-valide` (`{ contrat, constats,
 * synthese }`), `cerfa-pdf` (`{ pdf }`), `cerfa-signe` (`{ pdf, journal, rapport }`).
 *
 * @example
 * ```html
 * <script type="module" src="/formulaire/cerfa-apprentissage.js"></script>
 * <cerfa-apprentissage base-url="https://service.opco.example"></cerfa-apprentissage>
 * ```
 */
export class CerfaApprentissage extends LitElement {
  static override styles = stylesCerfa;
  static override properties = {
    baseUrl: { type: String, attribute: "base-url" },
    dateEvaluation: { type: String, attribute: "date-evaluation" },
    cleBrouillon: { type: String, attribute: "cle-brouillon" },
    ecraser: { type: String },
    etape: { state: true },
    brouillon: { state: true },
    controles: { state: true },
    profils: { state: true },
    statut: { state: true },
    erreur: { state: true },
    occupe: { state: true },
    consultations: { state: true },
    pdf: { state: true },
    rapport: { state: true },
  };

  declare baseUrl: string;
  declare dateEvaluation: string | undefined;
  declare cleBrouillon: string;
  declare ecraser: PolitiqueEcrasement;
  declare etape: number;
  declare brouillon: Brouillon;
  declare controles: ControlesContrat | undefined;
  declare profils: ProfilRecurrent[];
  declare statut: string;
  declare erreur: string;
  declare occupe: boolean;
  declare consultations: ReponseCompletion["consultations"];
  declare pdf: { octets: Uint8Array; url: string; signe: boolean } | undefined;
  declare rapport: RapportSignatures | undefined;

  private moduleControles: Promise<typeof import("./controlesNavigateur")> | undefined;
  private readonly depotProfils = new DepotProfils();
  private depotBrouillon: DepotBrouillon | undefined;
  private focaliserTitre = false;
  private generation = 0;

  constructor() {
    super();
    this.baseUrl = "";
    this.cleBrouillon = "communs-opco:cerfa-apprentissage";
    this.ecraser = "vides";
    this.etape = 0;
    this.brouillon = brouillonVide;
    this.profils = [];
    this.statut = "";
    this.erreur = "";
    this.occupe = false;
    this.consultations = [];
  }

  private get date(): string {
    return this.dateEvaluation !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(this.dateEvaluation) ? this.dateEvaluation : dateDuJourParis();
  }

  private get client(): ClientServiceCerfa {
    return new ClientServiceCerfa(this.baseUrl);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.depotBrouillon = new DepotBrouillon(this.cleBrouillon);
    const conserve = this.depotBrouillon.lire();
    if (conserve !== undefined) {
      this.brouillon = conserve;
      this.statut = "Brouillon précédent rechargé.";
    }
    void this.rafraichirProfils();
    this.controler();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.pdf !== undefined) URL.revokeObjectURL(this.pdf.url);
  }

  protected override updated(changes: PropertyValues): void {
    super.updated(changes);
    if (this.focaliserTitre) {
      this.focaliserTitre = false;
      this.renderRoot.querySelector<HTMLElement>("#titre-bloc")?.focus();
    }
  }

  /** Contrat au format standard construit depuis le brouillon. */
  get contrat(): Record<string, unknown> {
    return versContrat(this.brouillon);
  }

  /** Constats du dernier contrôle (vide tant que le module de contrôle n'est pas chargé). */
  get constats(): readonly Constat[] {
    return this.controles?.resultat.constats ?? [];
  }

  private async rafraichirProfils(): Promise<void> {
    try {
      this.profils = await this.depotProfils.lister();
    } catch (e) {
      this.erreur = e instanceof Error ? e.message : "Stockage des profils indisponible.";
    }
  }

  /** Recalcule les contrôles : le module est chargé à la première demande. */
  private controler(): void {
    const generation = ++this.generation;
    // Module construit à part (dist/morceaux/controles.js) : jamais dans le premier chargement.
    this.moduleControles ??= import(/* @vite-ignore */ new URL("./morceaux/controles.js", import.meta.url).href) as Promise<typeof import("./controlesNavigateur")>;
    const contrat = this.contrat;
    this.moduleControles.then(
      (m) => {
        if (generation === this.generation) this.controles = m.controlerContrat(contrat, this.date);
      },
      () => {
        this.moduleControles = undefined;
        this.erreur = "Les contrôles en direct n'ont pas pu être chargés : vérifier l'adresse des fichiers du formulaire.";
      },
    );
  }

  private changer(brouillon: Brouillon, chemin: string): void {
    this.brouillon = brouillon;
    this.depotBrouillon?.enregistrer(brouillon);
    if (this.pdf !== undefined) {
      URL.revokeObjectURL(this.pdf.url);
      this.pdf = undefined;
      this.rapport = undefined;
    }
    this.controler();
    this.dispatchEvent(new CustomEvent("cerfa-change", { detail: { chemin, brouillon }, bubbles: true, composed: true }));
  }

  private valeurSaisie(champ: ChampFormulaire, brute: string): unknown {
    if (brute.trim() === "") return null;
    if (champ.type === "ouiNon") return brute === "oui";
    if (champ.type === "nombre") {
      const n = Number(brute.replace(",", ".").replace(/\s/g, ""));
      return Number.isFinite(n) ? n : brute;
    }
    return brute;
  }

  private saisirChamp(champ: ChampFormulaire, brute: string): void {
    const { brouillon } = saisir(this.brouillon, { [champ.chemin]: this.valeurSaisie(champ, brute) }, this.date);
    this.changer(brouillon, champ.chemin);
  }

  private allerA(etape: number): void {
    if (etape < 0 || etape >= blocsCerfa.length || etape === this.etape) return;
    this.etape = etape;
    this.focaliserTitre = true;
    this.statut = `Bloc ${String(etape + 1)} sur ${String(blocsCerfa.length)} : ${blocsCerfa[etape]!.titre}.`;
  }

  private lire(chemin: string): unknown {
    return Object.hasOwn(this.brouillon.champs, chemin) ? this.brouillon.champs[chemin]?.valeur : undefined;
  }

  private async autocompleter(): Promise<void> {
    const siret = this.lire("employeur.siret");
    if (typeof siret !== "string" || siret.trim() === "") {
      this.erreur = "Saisir d'abord le SIRET de l'employeur pour lancer l'autocomplétion.";
      return;
    }
    const texte = (chemin: string) => {
      const v = this.lire(chemin);
      return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
    };
    const certification = texte("formation.rncp") ?? texte("formation.codeDiplome");
    const cfa = texte("organismeFormation.uaiCfa") ?? texte("organismeFormation.siret");
    const codePostal = texte("employeur.adresse.codePostal");
    this.occupe = true;
    this.erreur = "";
    this.statut = "Autocomplétion en cours…";
    try {
      const reponse = await this.client.completer(
        { siret: siret.trim(), ...(certification === undefined ? {} : { certification }), ...(cfa === undefined ? {} : { cfa }), ...(codePostal === undefined ? {} : { codePostal }) },
        this.date,
      );
      // Seules les valeurs des référentiels et les déductions sont reprises : les saisies restent
      // celles du navigateur (la réponse masque les données personnelles).
      const groupes = new Map<string, { provenance: Provenance; date: string | null; propositions: { chemin: string; valeur: unknown }[] }>();
      for (const [chemin, champ] of Object.entries(reponse.brouillon)) {
        if (!champ.provenance.startsWith("referentiel:") && !champ.provenance.startsWith("deduction:")) continue;
        const cle = `${champ.provenance}\u0000${String(champ.date)}`;
        const groupe = groupes.get(cle) ?? { provenance: champ.provenance, date: champ.date, propositions: [] };
        groupe.propositions.push({ chemin, valeur: champ.valeur });
        groupes.set(cle, groupe);
      }
      let brouillon = this.brouillon;
      let appliques = 0;
      let conserves = 0;
      for (const g of groupes.values()) {
        const r = fusionnerChamps(brouillon, g.propositions, { provenance: g.provenance, date: g.date, ecraser: this.ecraser });
        brouillon = r.brouillon;
        appliques += r.appliques.length;
        conserves += r.conserves.length;
      }
      this.consultations = reponse.consultations;
      this.changer(brouillon, "employeur.siret");
      this.statut = `Autocomplétion terminée : ${String(appliques)} champ(s) rempli(s)${conserves > 0 ? `, ${String(conserves)} valeur(s) saisie(s) conservée(s)` : ""}.`;
    } catch (e) {
      this.erreur = e instanceof ErreurService ? e.message : "Autocomplétion impossible.";
      this.statut = "";
    } finally {
      this.occupe = false;
    }
  }

  private appliquerProfilChoisi(type: TypeProfil): void {
    const select = this.renderRoot.querySelector<HTMLSelectElement>(`#profil-${type}`);
    const profil = this.profils.find((p) => p.type === type && p.nom === select?.value);
    if (profil === undefined) {
      this.erreur = "Choisir un profil à appliquer.";
      return;
    }
    const r = appliquerProfil(this.brouillon, profil, { ecraser: this.ecraser });
    this.changer(r.brouillon, `profil:${profil.nom}`);
    this.erreur = "";
    this.statut = `Profil « ${profil.nom} » appliqué : ${String(r.appliques.length)} champ(s) rempli(s)${r.conserves.length > 0 ? `, ${String(r.conserves.length)} valeur(s) déjà saisie(s) conservée(s)` : ""}.`;
  }

  private async enregistrerProfil(type: TypeProfil): Promise<void> {
    const nom = this.renderRoot.querySelector<HTMLInputElement>(`#nom-profil-${type}`)?.value.trim() ?? "";
    if (nom === "") {
      this.erreur = "Donner un nom au profil à enregistrer.";
      return;
    }
    const profil = profilDepuisBrouillon(this.brouillon, nom, type, this.date);
    if (Object.keys(profil.champs).length === 0) {
      this.erreur = `Le bloc ne contient encore aucune valeur à enregistrer comme profil ${TYPES_PROFIL[type]}.`;
      return;
    }
    try {
      await this.depotProfils.enregistrer(profil);
      await this.rafraichirProfils();
      this.erreur = "";
      this.statut = `Profil ${TYPES_PROFIL[type]} « ${nom} » enregistré dans ce navigateur.`;
    } catch (e) {
      this.erreur = e instanceof Error ? e.message : "Enregistrement du profil impossible.";
    }
  }

  private exporterProfils(): void {
    const blob = new Blob([`${JSON.stringify(this.profils, null, 2)}\n`], { type: "application/json" });
    const lien = document.createElement("a");
    lien.href = URL.createObjectURL(blob);
    lien.download = "profils-cerfa.json";
    lien.click();
    setTimeout(() => URL.revokeObjectURL(lien.href), 0);
    this.statut = `${String(this.profils.length)} profil(s) exporté(s) dans profils-cerfa.json.`;
  }

  private async importerProfils(e: Event): Promise<void> {
    const fichier = (e.target as HTMLInputElement).files?.[0];
    if (fichier === undefined) return;
    if (fichier.size > 1_000_000) {
      this.erreur = "Fichier de profils trop volumineux (1 Mo au plus).";
      return;
    }
    let donnees: unknown;
    try {
      donnees = JSON.parse(await fichier.text());
    } catch {
      this.erreur = "Le fichier de profils n'est pas un JSON lisible.";
      return;
    }
    const liste = Array.isArray(donnees) ? donnees : [donnees];
    const valides = liste.filter(estProfilRecurrent);
    for (const p of valides) await this.depotProfils.enregistrer({ nom: p.nom, type: p.type, miseAJour: p.miseAJour, champs: p.champs });
    await this.rafraichirProfils();
    this.erreur = valides.length < liste.length ? `${String(liste.length - valides.length)} entrée(s) ignorée(s) : ce ne sont pas des profils valides.` : "";
    this.statut = `${String(valides.length)} profil(s) importé(s).`;
  }

  private valider(): void {
    const r = this.controles?.resultat;
    if (r === undefined) {
      this.statut = "Contrôles en cours de chargement : réessayer dans un instant.";
      return;
    }
    this.dispatchEvent(new CustomEvent("cerfa-valide", { detail: { contrat: this.contrat, constats: r.constats, synthese: r.synthese }, bubbles: true, composed: true }));
    this.statut = r.synthese.bloquants === 0 ? "Contrat validé : aucun constat bloquant." : `Contrat contrôlé : ${String(r.synthese.bloquants)} constat(s) bloquant(s) à corriger.`;
  }

  private async produirePdf(): Promise<void> {
    this.occupe = true;
    this.erreur = "";
    this.statut = "Production du CERFA PDF en cours…";
    try {
      const octets = await this.client.cerfaPdf(this.contrat);
      if (this.pdf !== undefined) URL.revokeObjectURL(this.pdf.url);
      this.pdf = { octets, url: URL.createObjectURL(new Blob([octets as BlobPart], { type: "application/pdf" })), signe: false };
      this.rapport = undefined;
      this.dispatchEvent(new CustomEvent("cerfa-pdf", { detail: { pdf: octets }, bubbles: true, composed: true }));
      this.statut = `CERFA PDF produit (${String(Math.round(octets.length / 1024))} Kio).`;
    } catch (e) {
      this.erreur = e instanceof ErreurService ? e.message : "Production du CERFA PDF impossible.";
      this.statut = "";
    } finally {
      this.occupe = false;
    }
  }

  private async signer(): Promise<void> {
    if (this.pdf === undefined) return;
    this.occupe = true;
    this.erreur = "";
    this.statut = "Signature en cours…";
    try {
      const lieu = this.lire("signatures.lieu");
      const signe = await this.client.signer(this.pdf.octets, "employeur", this.contrat, typeof lieu === "string" ? lieu : undefined);
      const rapport = await this.client.verifier(signe.pdf);
      URL.revokeObjectURL(this.pdf.url);
      this.pdf = { octets: signe.pdf, url: URL.createObjectURL(new Blob([signe.pdf as BlobPart], { type: "application/pdf" })), signe: true };
      this.rapport = rapport;
      this.dispatchEvent(new CustomEvent("cerfa-signe", { detail: { pdf: signe.pdf, journal: signe.journal, rapport }, bubbles: true, composed: true }));
      this.statut = rapport.valide ? "CERFA signé par l'employeur ; signature vérifiée : valide." : "CERFA signé, mais la vérification signale un problème.";
    } catch (e) {
      this.erreur = e instanceof ErreurService ? e.message : "Signature impossible.";
      this.statut = "";
    } finally {
      this.occupe = false;
    }
  }

  /** Déclare, comme lignes de rémunération du contrat, les taux minimaux légaux calculés. */
  private declarerRemunerationMinimale(): void {
    const r = this.controles?.remuneration;
    if (r === undefined || r.statut !== "calculee") return;
    const lignes = r.periodes.map((p) => ({ ordre: p.numero, dateDebut: p.debut, dateFin: p.fin, taux: p.tauxMinimal, tauxMinimal: p.tauxMinimal, typeSalaire: p.base, salaireBrut: p.salaireBrut }));
    const { brouillon } = saisir(this.brouillon, { "contrat.remunerationsAnnuelles": lignes }, this.date);
    this.changer(brouillon, "contrat.remunerationsAnnuelles");
    this.statut = `${String(lignes.length)} ligne(s) de rémunération déclarée(s) au taux minimal légal.`;
  }

  private effacerBrouillon(): void {
    this.depotBrouillon?.effacer();
    this.consultations = [];
    this.changer(brouillonVide, "");
    this.depotBrouillon?.effacer();
    this.statut = "Brouillon effacé.";
  }

  // ——— Rendu ———

  private completude(): CompletudeBrouillon {
    return completudeBrouillon(this.brouillon, this.constats);
  }

  private renderConstats(constats: readonly Constat[], id: string): TemplateResult | typeof nothing {
    if (constats.length === 0) return nothing;
    return html`<ul class="constats" id=${id} part="constats">
      ${constats.map(
        (c) => html`<li class="constat ${c.severite}" part="constat constat-${c.severite}">
          <strong>${SEVERITES[c.severite]}${c.statut === "indetermine" ? " (indéterminé)" : ""} :</strong> ${c.message}
          ${c.references.map((r) => (r.url === undefined ? html` <span>(${r.titre})</span>` : html` <a href=${r.url} target="_blank" rel="noopener noreferrer">${r.titre}<span class="visuellement-cache"> (nouvelle fenêtre)</span></a>`))}
        </li>`,
      )}
    </ul>`;
  }

  private renderChamp(champ: ChampFormulaire): TemplateResult {
    const id = idChamp(champ.chemin);
    const valeur = this.lire(champ.chemin);
    const source = Object.hasOwn(this.brouillon.champs, champ.chemin) ? this.brouillon.champs[champ.chemin] : undefined;
    const constats = this.constats.filter((c) => c.chemins.includes(champ.chemin));
    const bloquant = constats.some((c) => c.severite === "bloquant" && c.statut === "non_conforme");
    const decrit = [champ.aide === undefined ? "" : `${id}-aide`, source === undefined ? "" : `${id}-provenance`, constats.length === 0 ? "" : `${id}-constats`].filter((x) => x !== "").join(" ");
    const texte = valeur === undefined || valeur === null ? "" : typeof valeur === "boolean" ? (valeur ? "oui" : "non") : String(valeur);
    const surChangement = (e: Event) => this.saisirChamp(champ, (e.target as HTMLInputElement | HTMLSelectElement).value);
    let saisie: TemplateResult;
    if (champ.type === "choix" || champ.type === "ouiNon") {
      const options = champ.type === "ouiNon" ? ([["oui", "Oui"], ["non", "Non"]] as const) : (champ.choix ?? []);
      saisie = html`<select id=${id} part="saisie" aria-describedby=${decrit === "" ? nothing : decrit} aria-invalid=${bloquant ? "true" : "false"} @change=${surChangement}>
        <option value="" ?selected=${texte === ""}>— Choisir —</option>
        ${options.map(([code, libelle]) => html`<option value=${code} ?selected=${texte === code}>${libelle}</option>`)}
      </select>`;
    } else {
      const type = champ.type === "date" ? "date" : champ.type === "courriel" ? "email" : champ.type === "telephone" ? "tel" : "text";
      const autocomplete = champ.type === "courriel" ? "email" : champ.type === "telephone" ? "tel" : "off";
      saisie = html`<input
        id=${id}
        part="saisie"
        type=${type}
        autocomplete=${autocomplete}
        inputmode=${champ.modeSaisie ?? nothing}
        .value=${texte}
        aria-describedby=${decrit === "" ? nothing : decrit}
        aria-invalid=${bloquant ? "true" : "false"}
        @change=${surChangement}
      />`;
    }
    return html`<div class="champ" part="champ" data-chemin=${champ.chemin}>
      <label for=${id} part="libelle">${champ.libelle}</label>
      ${champ.aide === undefined ? nothing : html`<p class="aide" id=${`${id}-aide`}>${champ.aide}</p>`}
      ${saisie}
      ${source === undefined ? nothing : html`<p class="provenance" id=${`${id}-provenance`} part="provenance">${libelleProvenance(source.provenance, source.date)}</p>`}
      ${this.renderConstats(constats, `${id}-constats`)}
    </div>`;
  }

  private renderProfils(bloc: BlocFormulaire): TemplateResult | typeof nothing {
    const type = bloc.profil;
    if (type === undefined) return nothing;
    const profils = this.profils.filter((p) => p.type === type);
    return html`<fieldset part="profils">
      <legend>Profil ${TYPES_PROFIL[type]} récurrent</legend>
      <div class="champ">
        <label for=${`profil-${type}`}>Profil enregistré</label>
        <select id=${`profil-${type}`}>
          ${profils.length === 0 ? html`<option value="">Aucun profil enregistré</option>` : profils.map((p) => html`<option value=${p.nom}>${p.nom}</option>`)}
        </select>
      </div>
      <div class="actions">
        <button type="button" class="bouton secondaire" part="bouton" ?disabled=${profils.length === 0} @click=${() => this.appliquerProfilChoisi(type)}>Appliquer le profil</button>
      </div>
      <div class="champ">
        <label for=${`nom-profil-${type}`}>Nom du nouveau profil</label>
        <input id=${`nom-profil-${type}`} type="text" autocomplete="off" />
      </div>
      <div class="actions">
        <button type="button" class="bouton secondaire" part="bouton" @click=${() => void this.enregistrerProfil(type)}>Enregistrer ce bloc comme profil</button>
      </div>
    </fieldset>`;
  }

  private renderRemuneration(): TemplateResult {
    const r = this.controles?.remuneration;
    if (this.controles === undefined) return html`<p>Calcul de la rémunération minimale en cours de chargement…</p>`;
    if (r === undefined) return html`<p>La rémunération minimale sera calculée dès que la date de naissance de l'apprenti(e) et les dates de début et de fin du contrat seront saisies.</p>`;
    if (r.statut === "impossible") return html`<p>Rémunération minimale non calculable : ${r.anomalies.map((a) => a.message).join(" ; ")}.</p>`;
    const declarees = this.lire("contrat.remunerationsAnnuelles");
    const nombreDeclarees = Array.isArray(declarees) ? declarees.length : 0;
    return html`<p part="remuneration-declaree">
        ${nombreDeclarees === 0 ? "Aucune ligne de rémunération n'est encore déclarée au contrat." : `${String(nombreDeclarees)} ligne(s) de rémunération déclarée(s) au contrat.`}
      </p>
      <div class="actions">
        <button type="button" class="bouton secondaire" part="bouton" @click=${() => this.declarerRemunerationMinimale()}>Déclarer les taux minimaux calculés</button>
      </div>
      ${this.renderConstats(
        this.constats.filter((c) => c.regle.startsWith("remuneration.")),
        "constats-remuneration",
      )}
      <table part="remuneration">
      <caption>Rémunération minimale légale (SMIC ${euros.format(r.smic.mensuel)} au ${dateFr(r.smic.dateEffet)})</caption>
      <thead><tr><th scope="col">Année</th><th scope="col">Période</th><th scope="col">Âge</th><th scope="col">Taux minimal</th><th scope="col">Base</th><th scope="col">Salaire brut minimal</th></tr></thead>
      <tbody>
        ${r.periodes.map(
          (p) => html`<tr><td>${p.numero}</td><td>du ${dateFr(p.debut)} au ${dateFr(p.fin)}</td><td>${p.age} ans</td><td>${p.tauxMinimal} %</td><td>${p.base}</td><td>${euros.format(p.salaireBrut)}</td></tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderSignature(): TemplateResult {
    const synthese = this.controles?.resultat.synthese;
    return html`<section aria-labelledby="titre-cerfa" part="etape-finale">
      <h3 id="titre-cerfa">CERFA et signature</h3>
      <p>${synthese === undefined ? "Contrôles en cours de chargement…" : `${String(synthese.bloquants)} constat(s) bloquant(s), ${String(synthese.avertissements)} avertissement(s).`}</p>
      <div class="actions">
        <button type="button" class="bouton secondaire" part="bouton" @click=${() => this.valider()}>Contrôler et valider le contrat</button>
        <button type="button" class="bouton" part="bouton" ?disabled=${this.occupe} @click=${() => void this.produirePdf()}>Produire le CERFA PDF</button>
        ${this.pdf === undefined ? nothing : html`<a href=${this.pdf.url} download=${this.pdf.signe ? "cerfa-signe.pdf" : "cerfa.pdf"} part="lien-pdf">Télécharger le CERFA${this.pdf.signe ? " signé" : ""} (PDF)</a>`}
        <button type="button" class="bouton" part="bouton" ?disabled=${this.occupe || this.pdf === undefined || this.pdf.signe} @click=${() => void this.signer()}>Signer en tant qu'employeur</button>
      </div>
      ${this.rapport === undefined
        ? nothing
        : html`<div part="verification" class=${this.rapport.valide ? "succes" : "erreur"}>
            <h4>Vérification de la signature</h4>
            <p>${this.rapport.valide ? "Signature valide : le document n'a pas été modifié depuis la signature." : "Signature non valide."}</p>
            <ul>
              ${this.rapport.signatures.map((s) => html`<li>Signature ${s.numero}${s.role === undefined ? "" : ` (${s.role})`} : ${s.valide ? "valide" : "non valide"}, intégrité ${s.integrite}</li>`)}
              ${this.rapport.constats.map((c) => html`<li>${c.message}</li>`)}
            </ul>
          </div>`}
    </section>`;
  }

  override render(): TemplateResult {
    const bloc = blocsCerfa[this.etape] ?? blocsCerfa[0]!;
    const completude = this.completude();
    const pourcentage = (b: BlocFormulaire) => completude.blocs.find((c) => c.bloc === b.blocCompletude)?.pourcentage ?? 0;
    const cheminsBloc = new Set(bloc.champs.map((c) => c.chemin));
    const manquants = (completude.blocs.find((c) => c.bloc === bloc.blocCompletude)?.chemins ?? []).filter((c) => cheminsBloc.has(c));
    const prefixes = [...new Set(bloc.champs.map((c) => c.chemin.split(".").slice(0, -1).join(".")))];
    // Constats du bloc sans champ affiché ici (ceux de la rémunération ont leur propre liste).
    const horsChamps =
      bloc.id === "remuneration" ? [] : this.constats.filter((c) => !c.regle.startsWith("remuneration.") && c.chemins.some((ch) => prefixes.some((p) => ch.startsWith(`${p}.`))) && !c.chemins.some((ch) => cheminsBloc.has(ch)));
    return html`<form part="formulaire" novalidate @submit=${(e: Event) => e.preventDefault()}>
      <nav aria-label="Blocs du CERFA" part="etapes">
        <ol>
          ${blocsCerfa.map(
            (b, i) => html`<li>
              <button type="button" aria-current=${i === this.etape ? "step" : nothing} @click=${() => this.allerA(i)}>
                ${i + 1}. ${b.titre} <span class="visuellement-cache">, complétude </span>(${pourcentage(b)} %)
              </button>
            </li>`,
          )}
        </ol>
      </nav>
      <p class="statut" role="status" aria-live="polite" part="statut">${this.statut}</p>
      <p class="erreur" role="alert" part="erreur">${this.erreur}</p>
      <section aria-labelledby="titre-bloc" part="bloc">
        <h2 id="titre-bloc" tabindex="-1">${bloc.titre}</h2>
        <p part="completude">
          Complétude du bloc ${bloc.blocCompletude === "maitre" ? "maître" : bloc.blocCompletude} : ${pourcentage(bloc)} %${manquants.length === 0 ? "" : ` — ${String(manquants.length)} champ(s) obligatoire(s) de cette page à renseigner`}.
        </p>
        ${bloc.id === "employeur" || bloc.id === "formation"
          ? html`<div class="actions">
              <button type="button" class="bouton" part="bouton" ?disabled=${this.occupe} @click=${() => void this.autocompleter()}>Compléter depuis les référentiels</button>
            </div>
            ${this.consultations.length === 0
              ? nothing
              : html`<ul part="consultations">
                  ${this.consultations.map((c) => html`<li>${c.demande} : ${c.statut}${c.message === undefined ? "" : ` (${c.message})`}</li>`)}
                </ul>`}`
          : nothing}
        ${this.renderProfils(bloc)} ${bloc.champs.map((c) => this.renderChamp(c))}
        ${horsChamps.length === 0 ? nothing : html`<h3>Autres constats du bloc</h3>${this.renderConstats(horsChamps, "constats-bloc")}`}
        ${bloc.id === "remuneration" ? this.renderRemuneration() : nothing} ${bloc.id === "signature" ? this.renderSignature() : nothing}
      </section>
      <div class="actions">
        <button type="button" class="bouton secondaire" part="bouton" ?disabled=${this.etape === 0} @click=${() => this.allerA(this.etape - 1)}>Bloc précédent</button>
        <button type="button" class="bouton" part="bouton" ?disabled=${this.etape === blocsCerfa.length - 1} @click=${() => this.allerA(this.etape + 1)}>Bloc suivant</button>
      </div>
      <details part="gestion-profils">
        <summary>Profils récurrents et brouillon</summary>
        <p>${this.profils.length} profil(s) enregistré(s) dans ce navigateur.</p>
        <div class="actions">
          <button type="button" class="bouton secondaire" part="bouton" @click=${() => this.exporterProfils()}>Exporter les profils (JSON)</button>
          <label for="import-profils">Importer des profils (JSON)</label>
          <input id="import-profils" type="file" accept="application/json,.json" @change=${(e: Event) => void this.importerProfils(e)} />
          <button type="button" class="bouton secondaire" part="bouton" @click=${() => this.effacerBrouillon()}>Effacer le brouillon</button>
        </div>
      </details>
    </form>`;
  }
}
