import {
  ajouterMois,
  calculerScores,
  genererHistoriqueSynthetique,
  lireHistoriqueJsonl,
  listerProspects,
  type EtablissementHistorique,
  type LectureHistorique,
  type Prospect,
} from "@communs-opco/lba";
import { resoudreOpco } from "@communs-opco/nomenclatures";
import type { Commande } from "../Commande";
import { ErreurUsage } from "../ErreurUsage";
import { lireFichierEntree } from "../lireFichierEntree";
import { lireOptions } from "../lireOptions";

const DATE_SYNTHETIQUE = "2026-07-01";
const GRAINE_SYNTHETIQUE = "2026";

const USAGE = `Usage : opco prospects --opco OPCO [--departement DEP] [--rome CODE] [--historique FICHIER.jsonl]
                       [--date AAAA-MM-JJ] [--tous] [--minimum N] [--limite N] [--graine G] [--json]

Liste les entreprises à fort potentiel d'embauche en alternance du périmètre d'un OPCO (par IDCC,
ou OPCO déclaré dans l'historique), selon la méthode ouverte de La bonne boîte : une régression
linéaire par département prédit les embauches du semestre à venir à partir des 7 semestres passés
et de l'effectif, puis un score 0-100 ; « bonne boîte » = score ≥ 50. Chaque entreprise est donnée
avec l'explication de son score (caractéristiques, coefficients, embauches prédites, seuil).

Options :
  --opco OPCO           OPCO (slug : akto, opco-ep… ou n'importe quel nom connu)
  --departement DEP     département de l'entreprise (75, 2A, 971…)
  --rome CODE           code ROME (D1102…)
  --historique FICHIER  historique JSONL : un établissement par ligne
                        { siret, departement, effectif, idcc?, opco?, naf?, raisonSociale?, romes[], embauches[{ date, typeContrat }] }
                        (« - » : lu sur l'entrée standard ; sans cette option : historique
                        SYNTHÉTIQUE reproductible, signalé comme tel)
  --date AAAA-MM-JJ     début du semestre à prédire (par défaut : 1er du mois qui suit la dernière
                        embauche du fichier ; ${DATE_SYNTHETIQUE} pour l'historique synthétique)
  --tous                garder aussi les entreprises sous le seuil « bonne boîte »
  --minimum N           établissements avec embauche requis pour ajuster un département (défaut 50)
  --limite N            nombre maximal d'entreprises affichées en texte (défaut 20)
  --graine G            graine de l'historique synthétique (défaut ${GRAINE_SYNTHETIQUE})
  --json                sortie JSON complète (toutes les entreprises retenues, explications comprises)

Code de sortie : 0 si la liste est produite, 1 si l'historique contient des lignes invalides ou
illisibles (la liste est produite avec les lignes valides), 2 en cas d'erreur d'utilisation.`;

function entierPositif(valeur: string | undefined, option: string, defaut: number): number {
  if (valeur === undefined) return defaut;
  if (!/^\d+$/.test(valeur) || Number(valeur) < 1) throw new ErreurUsage(`${option} : entier positif attendu (« ${valeur} »)`);
  return Number(valeur);
}

function dateValide(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m !== null && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === date;
}

function dateApresDerniereEmbauche(etablissements: readonly EtablissementHistorique[]): string | undefined {
  let derniere: string | undefined;
  for (const e of etablissements) for (const h of e.embauches) if (derniere === undefined || h.date > derniere) derniere = h.date;
  return derniere === undefined ? undefined : ajouterMois(`${derniere.slice(0, 7)}-01`, 1);
}

function nombre(valeur: number, decimales = 1): string {
  return valeur.toLocaleString("fr-FR", { minimumFractionDigits: decimales, maximumFractionDigits: decimales }).replace(/\u202f|\u00a0/g, " ");
}

function ligneProspect(rang: number, p: Prospect): string {
  const e = p.explication;
  const principales = [...e.caracteristiques]
    .filter((c) => c.contribution !== 0)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    .slice(0, 3)
    .map((c) => `${c.nom} ${nombre(c.valeur, 0)} × ${nombre(c.coefficient, 3)} = ${nombre(c.contribution, 2)}`);
  return [
    `${String(rang).padStart(3)}. ${p.siret}  ${p.raisonSociale ?? "(sans nom)"}  dép. ${p.departement}  score ${nombre(p.score)}${p.bonneBoite ? " ★" : ""}`,
    `       ${nombre(e.embauchesPredites, 2)} embauche(s) prédite(s) (arrondi ${nombre(e.embauchesArrondies, 1)}) = constante ${nombre(e.constante, 2)}${principales.length > 0 ? ` + ${principales.join(" + ")}` : ""}${e.caracteristiques.filter((c) => c.contribution !== 0).length > 3 ? " + …" : ""}`,
    `       rattachement : ${p.rattachement === "idcc" ? `IDCC ${p.idcc ?? "?"}` : p.rattachement === "siret" ? "SIRET listé" : "OPCO déclaré"} ; ROME ${p.romes.join(", ") || "—"} ; modèle du ${e.modele.departement} (${e.modele.etablissements} établissements, RMSE test ${nombre(e.modele.rmseTest, 2)})`,
  ].join("\n");
}

/**
 * Commande `opco prospects` : entreprises à fort potentiel d'embauche en alternance du périmètre
 * d'un OPCO, avec l'explication de leur score (méthode ouverte de La bonne boîte).
 *
 * @example
 * ```ts
 * await executerCli(["prospects", "--opco", "akto", "--departement", "69", "--json"], contexte); // 0
 * ```
 */
export const commandeProspects: Commande = {
  nom: "prospects",
  resume: "Liste les entreprises à fort potentiel d'embauche en alternance d'un OPCO (score prédictif expliqué).",
  usage: USAGE,
  async executer(args, contexte) {
    const { values, positionals } = lireOptions(args, {
      opco: { type: "string" },
      departement: { type: "string" },
      rome: { type: "string" },
      historique: { type: "string" },
      date: { type: "string" },
      tous: { type: "boolean" },
      minimum: { type: "string" },
      limite: { type: "string" },
      graine: { type: "string" },
      json: { type: "boolean" },
    });
    if (positionals.length > 0) throw new ErreurUsage(`argument inattendu : ${positionals[0] ?? ""}`);
    if (values.opco === undefined) throw new ErreurUsage("l'option --opco est obligatoire");
    const opco = resoudreOpco(values.opco);
    if (opco === undefined) throw new ErreurUsage(`OPCO inconnu : « ${values.opco} »`);
    if (values.rome !== undefined && !/^[A-Za-z]\d{4}$/.test(values.rome)) throw new ErreurUsage(`code ROME invalide : « ${values.rome} »`);
    if (values.date !== undefined && !dateValide(values.date)) throw new ErreurUsage(`date invalide : « ${values.date} » (attendu AAAA-MM-JJ)`);
    if (values.graine !== undefined && values.historique !== undefined) throw new ErreurUsage("--graine ne s'emploie qu'avec l'historique synthétique");
    const minimum = entierPositif(values.minimum, "--minimum", 50);
    const limite = entierPositif(values.limite, "--limite", 20);

    let etablissements: readonly EtablissementHistorique[];
    let lecture: LectureHistorique | undefined;
    let dateReference: string;
    if (values.historique === undefined) {
      dateReference = values.date ?? DATE_SYNTHETIQUE;
      etablissements = genererHistoriqueSynthetique({ graine: values.graine ?? GRAINE_SYNTHETIQUE, dateReference });
    } else {
      const historique = values.historique;
      const octets = await lireFichierEntree(contexte, historique, (code) => `historique illisible : ${historique} (${code ?? "erreur"})`);
      lecture = lireHistoriqueJsonl(octets.toString("utf8"));
      etablissements = lecture.etablissements;
      const parDefaut = dateApresDerniereEmbauche(etablissements);
      if (values.date === undefined && parDefaut === undefined) throw new ErreurUsage("aucune embauche dans l'historique : précisez --date");
      dateReference = values.date ?? parDefaut ?? "";
    }

    const { scores } = calculerScores(etablissements, { dateReference, minimumEtablissements: minimum });
    const liste = listerProspects(etablissements, scores, {
      opco: opco.slug,
      ...(values.departement === undefined ? {} : { departement: values.departement }),
      ...(values.rome === undefined ? {} : { rome: values.rome.toUpperCase() }),
      inclureSousSeuil: values.tous === true,
    });
    const source =
      lecture === undefined
        ? { type: "synthetique" as const, graine: values.graine ?? GRAINE_SYNTHETIQUE, etablissements: etablissements.length }
        : {
            type: "fichier" as const,
            fichier: values.historique,
            lignes: lecture.lignes,
            valides: lecture.etablissements.length,
            invalides: lecture.invalides,
            illisibles: lecture.illisibles,
          };
    const code = lecture !== undefined && (lecture.invalides.length > 0 || lecture.illisibles.length > 0) ? 1 : 0;

    if (values.json === true) {
      contexte.ecrire(`${JSON.stringify({ opco: opco.slug, dateReference, criteres: liste.criteres, source, comptes: liste.comptes, prospects: liste.prospects }, null, 2)}\n`);
    } else {
      const lignes: string[] = [];
      if (lecture === undefined) {
        lignes.push(`ATTENTION : historique SYNTHÉTIQUE (graine ${source.type === "synthetique" ? source.graine : ""}, ${etablissements.length} établissements fictifs) — aucune donnée réelle ; passez --historique pour vos données.`);
      } else {
        lignes.push(`Historique : ${values.historique === "-" ? "entrée standard" : values.historique} — ${lecture.lignes} ligne(s), ${lecture.etablissements.length} valide(s), ${lecture.invalides.length} invalide(s), ${lecture.illisibles.length} illisible(s).`);
      }
      const filtres = [values.departement === undefined ? "" : `département ${values.departement}`, values.rome === undefined ? "" : `ROME ${values.rome.toUpperCase()}`].filter((f) => f !== "");
      lignes.push(`Prospects ${opco.nomOfficiel}${filtres.length > 0 ? ` (${filtres.join(", ")})` : ""} — semestre à prédire à partir du ${dateReference}, série alternance.`);
      const c = liste.comptes;
      lignes.push(
        `Périmètre ${c.perimetre} ; après filtres ${c.filtres} ; notés ${c.notes} (dont ${c.sousSeuil} sous le seuil 50), exclus sans embauche ${c.exclus}, indéterminés ${c.indetermines}.`,
      );
      if (liste.prospects.length === 0) lignes.push("Aucune entreprise retenue.");
      liste.prospects.slice(0, limite).forEach((p, i) => lignes.push(ligneProspect(i + 1, p)));
      if (liste.prospects.length > limite) lignes.push(`… ${liste.prospects.length - limite} autre(s) : --limite ou --json pour tout afficher.`);
      contexte.ecrire(`${lignes.join("\n")}\n`);
    }
    if (lecture !== undefined) {
      for (const i of lecture.illisibles) contexte.ecrireErreur(`opco prospects : ligne ${i.ligne} illisible : ${i.raison}\n`);
      for (const i of lecture.invalides) {
        contexte.ecrireErreur(`opco prospects : ligne ${i.ligne} invalide : ${i.problemes.map((p) => `${p.chemin || "(racine)"} : ${p.message}`).join(" ; ")}\n`);
      }
    }
    return code;
  },
};
