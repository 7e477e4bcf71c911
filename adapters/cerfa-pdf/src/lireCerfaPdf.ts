import { ecrireChemin, pointeurJson, validerCandidat, type ResultatLecteur } from "@communs-opco/adaptateur";
import { BUDGET_DECOMPRESSION_PDF, mesurerFluxPdf } from "./mesurerFluxPdf.js";
import {
  codesCerfa,
  lireEnregistrement,
  normaliserDate,
  normaliserNombre,
  schemaContratEntree,
  type Contrat,
} from "@communs-opco/schemas";
import { PDFCheckBox, PDFDocument, PDFDropdown, PDFOptionList, PDFRadioGroup, PDFTextField } from "@cantoo/pdf-lib";
import type { ChampCerfa, ConversionCerfa } from "./ChampCerfa.js";
import { champsIgnoresCerfa, champsParVersionCerfa, versionFormulaireCerfa } from "./champsCerfa.js";

/**
 * Options de {@link lireCerfaPdf}.
 *
 * @example
 * ```ts
 * const options: OptionsLectureCerfaPdf = { fichier: "contrat-martin.pdf" };
 * ```
 */
export interface OptionsLectureCerfaPdf {
  /** Nom du fichier lu, repris dans l'emplacement des erreurs (« cerfa.pdf » par défaut). */
  readonly fichier?: string;
  /** Octets décompressés au plus pour tous les flux du PDF (au-delà : PDF refusé). @default 67108864 (64 Mio) */
  readonly budgetDecompression?: number;
}

const FORMAT = "cerfa-pdf";
const ignores = champsIgnoresCerfa.map((c) => c.source);
const connusParVersion = {
  "11": new Set([...champsParVersionCerfa["11"].map((c) => c.champ), ...ignores]),
  "12": new Set([...champsParVersionCerfa["12"].map((c) => c.champ), ...ignores]),
};

function convertir(texte: string, conversion: ConversionCerfa): unknown {
  switch (conversion) {
    case "date":
      return normaliserDate(texte) ?? texte;
    case "montant":
    case "entier":
      return normaliserNombre(texte) ?? texte;
    case "rncp":
      return /^\d{2,5}$/u.test(texte) ? `RNCP${texte}` : texte;
    case "marque":
      return true;
    default:
      return texte;
  }
}

/** Valeur brute d'un champ AcroForm : texte, booléen de case, choix ; `undefined` pour une signature. */
function valeurChamp(champ: ReturnType<ReturnType<PDFDocument["getForm"]>["getFields"]>[number]): string | boolean | undefined {
  if (champ instanceof PDFTextField) return champ.getText() ?? "";
  if (champ instanceof PDFCheckBox) return champ.isChecked();
  if (champ instanceof PDFRadioGroup) return champ.getSelected() ?? "";
  if (champ instanceof PDFDropdown || champ instanceof PDFOptionList) return champ.getSelected().join(", ");
  return undefined;
}

function erreur(code: string, message: string, fichier: string, champ?: string): ResultatLecteur<Contrat> {
  return {
    ok: false,
    erreur: { code, message, source: champ === undefined ? { fichier } : { fichier, pointeur: pointeurJson([champ]), champ } },
  };
}

/**
 * Lit un CERFA FA13 (n° 10103*12, ou *11 reconnu à ses champs) rempli, au format PDF à formulaire (AcroForm), et le
 * convertit en contrat standard. Les dates `jj/mm/aaaa` deviennent `AAAA-MM-JJ`, les
 * montants à virgule des nombres, les paires de cases OUI/NON des booléens, les courriels
 * coupés à « @ » sont recollés, le préfixe « RNCP » est rétabli et le champ « N° » d'une
 * adresse est séparé en numéro et indice de répétition. Un champ rempli que la table ne
 * connaît pas (autre version du formulaire) est conservé dans
 * `extensions["cerfa-pdf:/<nom du champ>"]`, de même que deux cases contradictoires
 * cochées ensemble. Ne lève jamais d'exception : un PDF illisible, sans formulaire ou dont
 * une valeur est refusée par le standard donne une erreur située (nom du champ AcroForm).
 *
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * const r = await lireCerfaPdf(await readFile("contrat.pdf"), { fichier: "contrat.pdf" });
 * if (r.ok) console.log(r.valeur.apprenti?.nom);
 * else console.error(r.erreur.message, r.erreur.source.champ);
 * ```
 */
export async function lireCerfaPdf(octets: Uint8Array, options: OptionsLectureCerfaPdf = {}): Promise<ResultatLecteur<Contrat>> {
  const fichier = options.fichier ?? "cerfa.pdf";
  if (octets.length === 0) return erreur("source_vide", "Le fichier PDF est vide.", fichier);
  const refus = mesurerFluxPdf(octets, options.budgetDecompression ?? BUDGET_DECOMPRESSION_PDF);
  if (refus !== undefined) return erreur("syntaxe_invalide", refus, fichier);
  let valeurs: Map<string, string | boolean>;
  // Un objet invalide rend le PDF illisible : la reprise de @cantoo/pdf-lib sur un objet invalide
  // (essai d'en-tête d'objet à chaque octet) coûte des dizaines de secondes sur un PDF tronqué.
  try {
    const document = await PDFDocument.load(octets, { updateMetadata: false, throwOnInvalidObject: true });
    valeurs = new Map();
    for (const champ of document.getForm().getFields()) {
      const valeur = valeurChamp(champ);
      if (valeur !== undefined) valeurs.set(champ.getName(), valeur);
    }
  } catch (e) {
    const detail = e instanceof Error ? e.message.split("\n")[0] : String(e);
    return erreur("syntaxe_invalide", `PDF illisible : ${detail}`, fichier);
  }
  const version = versionFormulaireCerfa(new Set(valeurs.keys()));
  if (version === undefined) {
    return erreur("structure_invalide", "Aucun champ du formulaire CERFA FA13 n° 10103 (*11 ou *12) n'a été trouvé dans ce PDF.", fichier);
  }
  const champs = champsParVersionCerfa[version];
  const connus = connusParVersion[version];

  const candidat: Record<string, unknown> = {};
  const extensions: Record<string, unknown> = {};
  // La table des versions du standard ne connaît pas le *11 : sa version est alors gardée en extension.
  if (Object.hasOwn(codesCerfa.versionCerfa, version)) candidat["versionCerfa"] = version;
  else extensions[`${FORMAT}:/versionFormulaire`] = `10103*${version}`;
  const origines = new Map<string, string>();
  const placer = (chemin: string, valeur: unknown, champ: string): void => {
    if (ecrireChemin(candidat, chemin.split("."), valeur)) origines.set(chemin, pointeurJson([champ]));
  };
  const texte = (champ: string): string => {
    const v = valeurs.get(champ);
    return typeof v === "string" ? v.trim() : "";
  };

  type ChampCase = Extract<ChampCerfa, { nature: "case" }>;
  const cases = new Map<string, ChampCase[]>();
  const courriels = new Map<string, Partial<Record<"local" | "domaine" | "suite", string>> & { champ: string }>();
  const remunerations = new Map<string, Record<string, unknown>>();

  for (const champ of champs) {
    if (!valeurs.has(champ.champ)) continue;
    switch (champ.nature) {
      case "case": {
        const cochees = cases.get(champ.chemin) ?? [];
        if (valeurs.get(champ.champ) === true) cochees.push(champ);
        cases.set(champ.chemin, cochees);
        break;
      }
      case "texte": {
        const v = texte(champ.champ);
        if (v !== "") placer(champ.chemin, convertir(v, champ.conversion), champ.champ);
        break;
      }
      case "numeroVoie": {
        const v = texte(champ.champ);
        if (v === "") break;
        // « 12 B », « 12bis », « B » (indice seul) ; tout autre texte (« 12-14 ») reste le numéro.
        const morceaux = /^(\d+)?\s*(\p{L}.*)?$/u.exec(v);
        if (morceaux) {
          if (morceaux[1] !== undefined) placer(`${champ.chemin}.numero`, morceaux[1], champ.champ);
          if (morceaux[2] !== undefined) placer(`${champ.chemin}.repetitionVoie`, morceaux[2], champ.champ);
        } else placer(`${champ.chemin}.numero`, v, champ.champ);
        break;
      }
      case "courriel": {
        const v = valeurs.get(champ.champ);
        if (typeof v !== "string" || v === "") break;
        const parties = courriels.get(champ.chemin) ?? { champ: champ.champ };
        parties[champ.partie] = v;
        courriels.set(champ.chemin, parties);
        break;
      }
      case "remuneration": {
        const v = texte(champ.champ);
        if (v === "") break;
        const ligne = remunerations.get(champ.ordre) ?? { ordre: champ.ordre };
        ligne[champ.propriete] =
          champ.propriete === "taux" ? convertir(v, "montant") : champ.propriete === "typeSalaire" ? v.toUpperCase() : convertir(v, "date");
        remunerations.set(champ.ordre, ligne);
        if (!origines.has(`contrat.remunerationsAnnuelles.${champ.ordre}`)) origines.set(`contrat.remunerationsAnnuelles.${champ.ordre}`, pointeurJson([champ.champ]));
        break;
      }
    }
  }

  for (const [chemin, cochees] of cases) {
    const [premiere, ...autres] = cochees;
    if (premiere === undefined) continue;
    if (autres.length === 0) placer(chemin, premiere.valeurCochee, premiere.champ);
    else for (const cochee of cochees) extensions[`${FORMAT}:${pointeurJson([cochee.champ])}`] = true;
  }
  for (const [chemin, parties] of courriels) {
    const domaine = `${parties.domaine ?? ""}${parties.suite ?? ""}`.trim();
    const local = (parties.local ?? "").trim();
    const courriel = domaine === "" ? local : `${local}@${domaine}`;
    if (courriel !== "") placer(chemin, courriel, parties.champ);
  }
  const lignes = [...remunerations.values()].sort((a, b) => String(a["ordre"]).localeCompare(String(b["ordre"])));
  if (lignes.length > 0) {
    candidat["contrat"] = { ...(candidat["contrat"] as Record<string, unknown> | undefined), remunerationsAnnuelles: lignes };
    lignes.forEach((ligne, index) => {
      const origine = origines.get(`contrat.remunerationsAnnuelles.${String(ligne["ordre"])}`);
      if (origine !== undefined) origines.set(`contrat.remunerationsAnnuelles.${index}`, origine);
    });
  }
  for (const [nom, valeur] of valeurs) {
    if (connus.has(nom) || valeur === false || valeur === "") continue;
    extensions[`${FORMAT}:${pointeurJson([nom])}`] = valeur;
  }

  return validerCandidat(
    { candidat, extensions, origines },
    { lecteur: (donnees) => lireEnregistrement(schemaContratEntree, donnees), fichier },
  );
}
