import type { DecompteVerification } from "./BilanAvantPaiement";
import type { BilanControle } from "./BilanControle";
import type { ResumeMontantEnJeu } from "./BilanMontantEnJeu";
import { FichierSortie } from "../sorties/FichierSortie";
import { echapperHtml } from "./echapperHtml";
import { graphiqueBarres } from "./graphiqueBarres";
import { lignesMontantEnJeu } from "./lignesMontantEnJeu";
import { masquerDonneesPersonnelles } from "./masquerDonneesPersonnelles";
import type { ResultatControle } from "./ResultatControle";
import { SortieTamponnee } from "./SortieTamponnee";

const STYLE = `
:root{--bloquant:#b3261e;--avertissement:#8a5a00;--information:#35567d;--ok:#1e6b3a;--fond:#f6f7f9}
*{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1d21;background:var(--fond)}
main{display:flex;flex-direction:column;gap:1.5rem;max-width:1200px;margin:0 auto;padding:1.5rem}
.synthese{order:-1}section{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:1rem 1.25rem}
h1{font-size:1.5rem;margin:.2rem 0 .6rem}h2{font-size:1.15rem;margin:.2rem 0 .8rem}
.cartes{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0}.carte{flex:1 1 140px;border-radius:6px;padding:.6rem .8rem;background:var(--fond)}
.carte strong{display:block;font-size:1.6rem}.carte.conforme strong{color:var(--ok)}.carte.non_conforme strong{color:var(--bloquant)}
.carte.indetermine strong{color:var(--avertissement)}.carte.conforme_verifications_executees strong{color:var(--ok)}.carte.illisible strong{color:#555}
table{width:100%;border-collapse:collapse;font-size:.9rem}th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid #e6e8eb}
th{background:var(--fond)}code{font:.85em ui-monospace,Menlo,Consolas,monospace;background:#eef0f3;padding:0 .25em;border-radius:3px}
ul{margin:0;padding-left:1.1rem}.sev{font-size:.75rem;font-weight:600;text-transform:uppercase;letter-spacing:.03em}
.sev.bloquant{color:var(--bloquant)}.sev.avertissement{color:var(--avertissement)}.sev.information{color:var(--information)}
.statut{font-weight:600}.statut.conforme{color:var(--ok)}.statut.non_conforme{color:var(--bloquant)}.statut.indetermine{color:var(--avertissement)}.statut.illisible{color:#555}
.note{color:#555;font-size:.85rem}
.graphiques{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:1rem}figure{margin:0}figcaption{font-weight:600;margin-bottom:.3rem}
svg text{font-size:12px;fill:#1b1d21}.barre{fill:#4a6fa5}.barre.bloquant,.barre.non_conforme{fill:var(--bloquant)}.barre.avertissement,.barre.indetermine{fill:var(--avertissement)}
.barre.information{fill:var(--information)}.barre.ok{fill:var(--ok)}.filtre{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end;margin-bottom:.75rem}
.filtre label{display:flex;flex-direction:column;font-size:.85rem}.non-executees{border-left:4px solid var(--avertissement);padding-left:.75rem}
`;

/** Filtre du tableau des enregistrements (statut, OPCO, texte libre) : sans JavaScript, le formulaire reste caché et le tableau entier s'affiche. */
const SCRIPT_FILTRE = `(function(){var f=document.getElementById("filtre-enregistrements");if(!f)return;f.hidden=false;
var lignes=Array.prototype.slice.call(document.querySelectorAll("#table-enregistrements tbody tr[data-statut]"));
var compte=document.getElementById("filtre-compte");function appliquer(){var s=f.elements.statut.value,o=f.elements.opco.value,t=f.elements.texte.value.toLowerCase(),n=0;
lignes.forEach(function(l){var v=(!s||l.getAttribute("data-statut")===s)&&(!o||l.getAttribute("data-opco")===o)&&(!t||l.textContent.toLowerCase().indexOf(t)>=0);l.hidden=!v;if(v)n++;});
compte.textContent=n+" enregistrement(s) affiché(s)";}f.addEventListener("input",appliquer);f.addEventListener("submit",function(e){e.preventDefault();});appliquer();})();`;

/** Tableau HTML des vérifications avant paiement (texte échappé). */
function tableauAvantPaiement(source: string, decomptes: readonly DecompteVerification[], montantEnJeu?: ResumeMontantEnJeu): string {
  const lignes = decomptes
    .map(
      (d) =>
        `<tr><td><code>${echapperHtml(d.regle)}</code></td><td>${echapperHtml(d.titre)}</td><td class="statut conforme">${d.conformes}</td>` +
        `<td class="statut non_conforme">${d.nonConformes}${d.nonConformesAvertissement > 0 ? ` <span class="note">(dont ${d.nonConformesAvertissement} avertissement${d.nonConformesAvertissement > 1 ? "s" : ""})</span>` : ""}</td><td class="statut indetermine">${d.indetermines}</td><td>${d.nonExecutees}</td><td>${d.sansObjet}</td>` +
        `<td>${d.sourceManquante === undefined ? "" : `${echapperHtml(d.sourceManquante.libelle)}${d.sourceManquante.enregistrements < d.indetermines ? ` (${d.sourceManquante.enregistrements})` : ""}`}</td></tr>`,
    )
    .join("\n");
  return (
    `<h2>Vérifications avant paiement (source : ${echapperHtml(source)})</h2>\n<table class="avant-paiement">\n` +
    `<thead><tr><th>Vérification</th><th>Titre</th><th>Conformes</th><th>Non conformes</th><th>Indéterminés</th><th>Non exécutées</th><th>Sans objet</th><th>Source manquante (indéterminés)</th></tr></thead>\n<tbody>\n${lignes}\n</tbody>\n</table>\n` +
    `<p class="note">Conforme = prouvé par la source ; indéterminé = non vérifié (source absente ou hors ligne), jamais compté comme conforme ; sans objet = la vérification ne s'applique pas au contrat (p. ex. habilitation par le certificateur d'un diplôme d'État enregistré de droit).</p>\n` +
    (montantEnJeu === undefined ? "" : `<ul class="montant-en-jeu">${lignesMontantEnJeu(montantEnJeu).map((l) => `<li>${echapperHtml(l)}</li>`).join("")}</ul>\n`)
  );
}

const LIBELLES = { conforme: "Conforme", conforme_verifications_executees: "Conforme aux vérifications exécutées", non_conforme: "Non conforme", indetermine: "Indéterminé", illisible: "Illisible" } as const;

/** Montant en euros pour le graphique du montant en jeu. */
function euros(centimes: number): string {
  return `${(centimes / 100).toLocaleString("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €`;
}

/**
 * Options du rapport HTML.
 *
 * @example
 * ```ts
 * const o: OptionsRapportHtml = { dateEvaluation: "2025-11-03", fichiers: ["contrats.jsonl"], lignesMax: 10_000 };
 * ```
 */
export interface OptionsRapportHtml {
  dateEvaluation: string;
  fichiers: readonly string[];
  /** Nombre maximal d'enregistrements détaillés dans le tableau (par défaut 10 000). */
  lignesMax?: number;
  /** Données personnelles en clair (`--en-clair`) : pas de masquage des messages, signalé dans le rapport. */
  enClair?: boolean;
}

/**
 * Rapport HTML **autonome** de `opco controle` (CSS en ligne, aucun script ni ressource externe,
 * aucun lien réseau), écrit **en flux** dans un fichier : les lignes du tableau des
 * enregistrements à examiner sont écrites au fil du contrôle, la synthèse (décomptes, règles les
 * plus fréquentes) à la fin, et affichée en tête grâce à la mise en page (`order`). Tout texte est
 * échappé ; les messages passent par le masquage des données personnelles.
 *
 * @example
 * ```ts
 * const rapport = new RapportHtml("rapport-controle.html", { dateEvaluation: "2025-11-03", fichiers });
 * for await (const { resultat, valeur } of controlerFichiers(fichiers, contexte)) {
 *   bilan.ajouter(resultat);
 *   rapport.ajouter(resultat, decrireEnregistrement(valeur));
 * }
 * rapport.terminer(bilan, (id) => registreContrat.regle(id)?.titre);
 * ```
 */
export class RapportHtml {
  private readonly fichier: FichierSortie;
  private readonly sortie: SortieTamponnee;
  private readonly lignesMax: number;
  private lignes = 0;
  private omises = 0;
  /** Enregistrements lisibles par OPCO de rattachement et par statut (mémoire bornée : 11 OPCO et « non déterminé »). */
  private readonly parOpco = new Map<string, Record<"conformes" | "nonConformes" | "indetermines", number>>();

  constructor(
    chemin: string,
    private readonly options: OptionsRapportHtml,
  ) {
    this.lignesMax = options.lignesMax ?? 10_000;
    this.fichier = FichierSortie.ouvrir(chemin, "--rapport");
    this.sortie = new SortieTamponnee((texte) => {
      this.fichier.ecrire(texte);
    });
    this.sortie.ecrire(
      `<!doctype html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
        `<title>Rapport de contrôle des contrats d'apprentissage — ${echapperHtml(options.dateEvaluation)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<main>\n` +
        `<section class="enregistrements">\n<h2>Enregistrements à examiner</h2>\n` +
        `<form id="filtre-enregistrements" class="filtre" hidden><label>Statut <select name="statut"><option value="">tous</option><option value="non_conforme">Non conforme</option><option value="indetermine">Indéterminé</option><option value="illisible">Illisible</option></select></label>` +
        `<label>OPCO <input name="opco" list="liste-opco" autocomplete="off"></label><label>Texte (règle, SIRET, message…) <input name="texte" type="search" autocomplete="off"></label><output id="filtre-compte" aria-live="polite"></output></form>\n` +
        `<table id="table-enregistrements">\n<thead><tr><th>N°</th><th>Provenance</th><th>Statut</th><th>OPCO</th><th>Enregistrement</th><th>Constats</th></tr></thead>\n<tbody>\n`,
    );
  }

  /**
   * Ajoute un enregistrement : seuls les non conformes, indéterminés et illisibles sont détaillés ;
   * `opco` (nom de l'OPCO de rattachement, `opcoDuContrat`) sert au graphique et au filtre par OPCO.
   */
  ajouter(resultat: ResultatControle, description: string, opco?: string): void {
    if (resultat.statut !== "illisible" && opco !== undefined) {
      const c = this.parOpco.get(opco) ?? { conformes: 0, nonConformes: 0, indetermines: 0 };
      if (resultat.statut === "non_conforme") c.nonConformes++;
      else if (resultat.statut === "indetermine") c.indetermines++;
      else c.conformes++;
      this.parOpco.set(opco, c);
    }
    if (resultat.statut === "conforme" || resultat.statut === "conforme_verifications_executees") return;
    if (this.lignes >= this.lignesMax) {
      this.omises++;
      return;
    }
    this.lignes++;
    const constats =
      resultat.statut === "illisible"
        ? `<ul><li>${echapperHtml(resultat.raison ?? "illisible")}</li></ul>`
        : `<ul>${resultat.constats
            .map(
              (c) =>
                `<li><span class="sev ${c.severite}">${c.severite}</span> <code>${echapperHtml(c.regle)}</code>${c.statut === "indetermine" ? " (indéterminé)" : ""} ${echapperHtml(this.options.enClair === true ? c.message : masquerDonneesPersonnelles(c.message))}</li>`,
            )
            .join("")}</ul>`;
    this.sortie.ecrire(
      `<tr data-statut="${resultat.statut}" data-opco="${echapperHtml(opco ?? "")}"><td>${resultat.index}</td><td>${echapperHtml(resultat.source.fichier)}:${resultat.source.ligne}</td>` +
        `<td class="statut ${resultat.statut}">${LIBELLES[resultat.statut]}</td><td>${echapperHtml(opco ?? "—")}</td><td>${echapperHtml(resultat.statut === "illisible" ? "—" : description)}</td><td>${constats}</td></tr>\n`,
    );
  }

  /**
   * Écrit la synthèse et ferme le fichier. `avantPaiement` ajoute le tableau des vérifications
   * avant paiement (conformes, non conformes, indéterminés, sans objet et source manquante) et leur source ;
   * `avantPaiement.montantEnJeu`, les contrats au financement suspendu et le montant en jeu (I-OPCO-INDUS) ;
   * `reglesSurPlusieursContrats`, ce sur quoi ont reposé le portefeuille des maîtres et les contrats successifs.
   */
  terminer(
    bilan: BilanControle,
    titreRegle: (id: string) => string | undefined,
    avantPaiement?: { source: string; decomptes: readonly DecompteVerification[]; montantEnJeu?: ResumeMontantEnJeu },
    reglesSurPlusieursContrats?: readonly string[],
    nonExecutees: readonly string[] = [],
  ): void {
    const r = bilan.resume();
    const s = bilan.constatsParSeverite;
    if (this.lignes === 0) this.sortie.ecrire(`<tr><td colspan="6">Aucun enregistrement à examiner.</td></tr>\n`);
    const opcos = [...this.parOpco].sort((a, b) => b[1].nonConformes - a[1].nonConformes || (a[0] < b[0] ? -1 : 1));
    this.sortie.ecrire(`</tbody>\n</table>\n<datalist id="liste-opco">${opcos.map(([o]) => `<option value="${echapperHtml(o)}"></option>`).join("")}</datalist>\n<script id="script-filtre">${SCRIPT_FILTRE}</script>\n`);
    if (this.omises > 0) {
      this.sortie.ecrire(`<p class="note">${this.omises} autre(s) enregistrement(s) à examiner ne sont pas détaillés ici (limite de ${this.lignesMax} lignes) : utiliser la sortie --json.</p>\n`);
    }
    const cartes = (["conforme", "conforme_verifications_executees", "non_conforme", "indetermine", "illisible"] as const)
      .map((statut) => {
        const nombre =
          statut === "conforme" ? r.conformes : statut === "conforme_verifications_executees" ? r.conformesVerificationsExecutees : statut === "non_conforme" ? r.nonConformes : statut === "indetermine" ? r.indetermines : r.illisibles;
        return `<div class="carte ${statut}"><strong>${nombre}</strong>${LIBELLES[statut]}</div>`;
      })
      .join("");
    const regles = bilan
      .reglesFrequentes(15)
      .map((f) => `<tr><td><code>${echapperHtml(f.regle)}</code></td><td>${echapperHtml(titreRegle(f.regle) ?? "")}</td><td class="sev ${f.severite}">${f.severite}</td><td>${f.enregistrements}</td><td>${f.constats}</td></tr>`)
      .join("\n");
    this.sortie.ecrire(
      `</section>\n<section class="synthese">\n<h1>Rapport de contrôle des contrats d'apprentissage</h1>\n` +
        `<p>Date d'évaluation : <strong>${echapperHtml(this.options.dateEvaluation)}</strong> · Fichier(s) : ${this.options.fichiers.map((f) => `<code>${echapperHtml(f)}</code>`).join(", ")}</p>\n` +
        `<div class="cartes"><div class="carte"><strong>${r.total}</strong>Enregistrements lus</div>${cartes}</div>\n` +
        `<p>Constats : ${s.bloquant} bloquant(s), ${s.avertissement} avertissement(s), ${s.information} information(s).</p>\n` +
        (nonExecutees.length === 0
          ? ""
          : `<div class="non-executees"><h2>Vérifications non exécutées dans cette exécution</h2>\n<p>${echapperHtml(nonExecutees[0] ?? "")}</p>\n${nonExecutees.length > 1 ? `<ul>${nonExecutees.slice(1).map((l) => `<li>${echapperHtml(l)}</li>`).join("")}</ul>\n` : ""}</div>\n`) +
        this.graphiques(bilan, opcos, avantPaiement?.montantEnJeu) +
        (regles === ""
          ? "<p>Aucun constat.</p>\n"
          : `<h2>Règles les plus fréquentes</h2>\n<table>\n<thead><tr><th>Règle</th><th>Titre</th><th>Gravité</th><th>Enregistrements</th><th>Constats</th></tr></thead>\n<tbody>\n${regles}\n</tbody>\n</table>\n`) +
        (avantPaiement === undefined ? "" : tableauAvantPaiement(avantPaiement.source, avantPaiement.decomptes, avantPaiement.montantEnJeu)) +
        (reglesSurPlusieursContrats === undefined || reglesSurPlusieursContrats.length === 0
          ? ""
          : `<h2>Règles sur plusieurs contrats</h2>\n<ul class="lot">\n${reglesSurPlusieursContrats.map((l) => `<li>${echapperHtml(l)}</li>`).join("\n")}\n</ul>\n`) +
        (this.options.enClair === true
          ? `<p class="note"><strong>Données personnelles EN CLAIR (option --en-clair)</strong> : ce rapport peut contenir des NIR, dates de naissance, courriels et téléphones ; à ne diffuser qu'aux personnes habilitées.</p>\n`
          : `<p class="note">Données personnelles masquées : initiales et année de naissance seulement ; NIR, courriels, téléphones et dates de naissance masqués dans les messages.</p>\n`) +
        `</section>\n</main>\n</body>\n</html>\n`,
    );
    this.sortie.vider();
    this.fichier.terminer();
  }

  /** Graphiques SVG : constats par règle, non conformes par OPCO, constats par gravité, montant en jeu. */
  private graphiques(bilan: BilanControle, opcos: readonly [string, Record<"conformes" | "nonConformes" | "indetermines", number>][], montant?: ResumeMontantEnJeu): string {
    const s = bilan.constatsParSeverite;
    const parRegle = bilan.reglesFrequentes(10).map((f) => ({ libelle: f.regle, valeur: f.enregistrements, classe: f.severite }));
    const parOpco = opcos.map(([o, c]) => ({ libelle: o, valeur: c.nonConformes, classe: "non_conforme", detail: `${c.nonConformes} non conforme(s) · ${c.indetermines} indéterminé(s) · ${c.conformes} conforme(s)` }));
    const graphes = [
      graphiqueBarres("graphique-regles", "Constats par règle (enregistrements concernés, 10 premières)", "Barres horizontales : nombre d'enregistrements concernés par chacune des règles les plus fréquentes.", parRegle, "Enregistrements"),
      graphiqueBarres("graphique-opco", "Non conformes par OPCO de rattachement (IDCC de l'employeur)", "Barres horizontales : nombre de contrats non conformes par OPCO ; le tableau donne aussi les indéterminés et les conformes.", parOpco, "Contrats"),
      graphiqueBarres(
        "graphique-gravite",
        "Constats par gravité",
        "Barres horizontales : nombre de constats bloquants, d'avertissements et d'informations.",
        [
          { libelle: "bloquant", valeur: s.bloquant, classe: "bloquant" },
          { libelle: "avertissement", valeur: s.avertissement, classe: "avertissement" },
          { libelle: "information", valeur: s.information, classe: "information" },
        ],
        "Constats",
      ),
    ];
    if (montant !== undefined) {
      graphes.push(
        graphiqueBarres(
          "graphique-montant",
          `Montant en jeu (I-OPCO-INDUS) : ${montant.montantEnJeuCentimes === null ? "inconnu" : euros(montant.montantEnJeuCentimes)}`,
          "Barres horizontales : contrats au financement suspendu, valorisés (montant connu) et non valorisés (montant inconnu, jamais compté pour 0 €).",
          [
            { libelle: "contrats valorisés", valeur: montant.contratsValorises, classe: "ok", texte: `${montant.contratsValorises} (${montant.montantEnJeuCentimes === null ? "montant inconnu" : euros(montant.montantEnJeuCentimes)})` },
            { libelle: "contrats non valorisés", valeur: montant.contratsNonValorises, classe: "indetermine", texte: `${montant.contratsNonValorises} (montant inconnu)` },
          ],
          "Contrats",
        ),
      );
    }
    return `<h2>Graphiques</h2>\n<div class="graphiques">\n${graphes.join("")}</div>\n`;
  }

  /** Abandonne le rapport (exécution interrompue) : aucun fichier partiel n'est laissé. */
  abandonner(): void {
    this.fichier.abandonner();
  }
}
