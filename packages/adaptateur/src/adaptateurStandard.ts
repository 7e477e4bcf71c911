import { lireContrat, lireDossier, type Dossier } from "@communs-opco/schemas";
import type { Adaptateur } from "./Adaptateur.js";
import { decoderTexte } from "./decoderTexte.js";
import { elementsJson } from "./elementsJson.js";
import { encoderTexte } from "./encoderTexte.js";
import { estObjet } from "./estObjet.js";
import { lireElementsJson } from "./lireElementsJson.js";
import { pointeurJson } from "./pointeurJson.js";
import { PROFONDEUR_JSON_MAX, profondeurJsonExcede } from "./profondeurJsonExcede.js";
import type { ResultatLecteur } from "./ResultatLecteur.js";
import type { SourceDonnees } from "./SourceDonnees.js";

const CLES_CONTRAT = ["versionCerfa", "employeur", "apprenti", "maitre1", "maitre2", "formation", "organismeFormation", "etablissementFormation", "signatures"];

/**
 * Vrai si un objet JSON a la forme d'un contrat standard (blocs du CERFA à la racine)
 * plutôt que d'un dossier.
 *
 * @example
 * ```ts
 * estFormeContrat({ apprenti: { nom: "MARTIN" } }); // true
 * estFormeContrat({ numeroDeca: "069202509000123", contrat: {} }); // false
 * ```
 */
export function estFormeContrat(objet: Record<string, unknown>): boolean {
  return CLES_CONTRAT.some((cle) => cle in objet);
}

function lireElement(valeur: unknown, fichier: string, pointeur: string): ResultatLecteur<Dossier> {
  if (!estObjet(valeur)) {
    return { ok: false, erreur: { code: "enregistrement_invalide", message: "Un enregistrement standard doit être un objet JSON.", source: { fichier, pointeur } } };
  }
  const contrat = estFormeContrat(valeur);
  const resultat = contrat ? lireContrat(valeur) : lireDossier(valeur);
  if (!resultat.ok) {
    const [premiere, ...autres] = resultat.erreurs;
    const chemin = premiere?.chemin ?? "";
    return {
      ok: false,
      erreur: {
        code: "enregistrement_invalide",
        message: `${chemin === "" ? "" : `${chemin} : `}${premiere?.message ?? "enregistrement refusé"}${autres.length === 0 ? "" : ` (et ${autres.length} autre(s) anomalie(s))`}`,
        source: { fichier, pointeur: pointeur + (chemin === "" ? "" : pointeurJson(chemin.split("."))), champ: chemin },
      },
    };
  }
  return { ok: true, valeur: "contrat" in resultat ? { contrat: resultat.contrat } : resultat.valeur, source: { fichier, pointeur } };
}

/** Lignes non vides d'un texte JSON Lines (fins de ligne LF, CR LF ou CR seul), avec leur numéro. */
function lignesJson(texte: string): { texte: string; ligne: number }[] {
  return texte
    .split(/\r\n|\r|\n/u)
    .map((t, i) => ({ texte: t.trim(), ligne: i + 1 }))
    .filter((l) => l.texte !== "");
}

/** Vrai si le texte est du JSON Lines : au moins deux lignes non vides, la première étant un objet JSON complet. */
function estJsonLignes(texte: string): boolean {
  const debut = texte.replace(/^\uFEFF/u, "").trimStart();
  if (!debut.startsWith("{")) return false;
  const lignes = lignesJson(debut);
  if (lignes.length < 2) return false;
  try {
    JSON.parse(lignes[0]?.texte ?? "");
    return true;
  } catch {
    return false;
  }
}

async function* lireStandardLignes(texte: string, fichier: string): AsyncGenerator<ResultatLecteur<Dossier>> {
  for (const { texte: ligne, ligne: numero } of lignesJson(texte.replace(/^\uFEFF/u, ""))) {
    let valeur: unknown;
    try {
      valeur = JSON.parse(ligne);
    } catch {
      yield { ok: false, erreur: { code: "syntaxe_invalide", message: "JSON invalide ou tronqué.", source: { fichier, ligne: numero } } };
      continue;
    }
    if (profondeurJsonExcede(valeur)) {
      yield { ok: false, erreur: { code: "enregistrement_invalide", message: `Structure JSON trop profonde (plus de ${PROFONDEUR_JSON_MAX} niveaux d'imbrication).`, source: { fichier, ligne: numero } } };
      continue;
    }
    const lu = lireElement(valeur, fichier, "");
    yield lu.ok ? { ...lu, source: { fichier, ligne: numero } } : { ok: false, erreur: { ...lu.erreur, source: { ...lu.erreur.source, ligne: numero } } };
  }
}

/**
 * Lit des enregistrements standard en JSON (un objet, une liste, ou `{enregistrements:
 * [...]}`) ou en JSON Lines (un objet par ligne, fins de ligne LF, CR LF ou CR) : chaque
 * élément est un dossier (`Dossier`) ou un contrat (`Contrat`, alors enveloppé en
 * `{contrat}`), lu avec l'entrée tolérante de `@communs-opco/schemas`. En JSON Lines, une
 * ligne invalide est une erreur située sur sa ligne et la lecture continue.
 *
 * @example
 * ```ts
 * for await (const r of lireStandard({ nom: "c.json", octets })) if (r.ok) console.log(r.valeur.contrat?.apprenti?.nom);
 * ```
 */
export function lireStandard(source: SourceDonnees): AsyncGenerator<ResultatLecteur<Dossier>> {
  const texte = decoderTexte(source.octets);
  if (texte !== undefined && estJsonLignes(texte)) return lireStandardLignes(texte, source.nom);
  return lireElementsJson(
    source,
    (racine) => elementsJson(racine, ["enregistrements"]),
    ({ valeur }, { fichier, pointeur }) => lireElement(valeur, fichier, pointeur),
  );
}

/**
 * Format `standard` : les enregistrements de `@communs-opco/schemas` en JSON. Lecture de
 * dossiers ou de contrats (voir {@link lireStandard}) ; écriture d'une liste JSON de
 * dossiers, sans perte ; détection de faible confiance (repli quand aucun format
 * d'échange n'est reconnu).
 *
 * @example
 * ```ts
 * const { octets } = await adaptateurStandard.ecrire!([{ numeroDeca: "069202509000123" }]);
 * ```
 */
export const adaptateurStandard: Adaptateur<Dossier> = {
  metadonnees: {
    nom: "standard",
    libelle: "Enregistrement standard Communs OPCO (JSON)",
    description: "Dossiers et contrats de @communs-opco/schemas (CERFA FA13 *14), en JSON ou JSON Lines.",
    versions: ["1"],
    capacites: ["lecture", "ecriture", "detection"],
    typeEnregistrement: "dossier",
    extensions: [".json", ".jsonl", ".ndjson"],
    typesMime: ["application/json"],
    lectureParElement: true,
  },
  correspondance: {
    format: "standard",
    champs: [{ champSource: "/", traitement: "standard", cheminStandard: "(identique)", conversion: "normalisation de l'entrée tolérante (dates, codes, nombres)" }],
    nonTransportes: [],
  },
  lire: lireStandard,
  async ecrire(enregistrements) {
    const liste: Dossier[] = [];
    for await (const e of enregistrements) liste.push(e);
    return { octets: encoderTexte(`${JSON.stringify(liste, null, 2)}\n`), typeMime: "application/json", extension: ".json", nonTransportes: [] };
  },
  detecter(echantillon) {
    const texte = echantillon.texte.trimStart();
    if (!texte.startsWith("{") && !texte.startsWith("[")) return 0;
    return /"(apprenti|employeur|numeroDeca|numeroInterne|etat|contrat)"\s*:/.test(texte) ? 0.3 : 0;
  },
};
