import { lireChemin } from "@communs-opco/adaptateur";
import type { Contrat } from "@communs-opco/schemas";
import { PDFBool, PDFCheckBox, PDFDocument, PDFName, PDFTextField, StandardFonts, type PDFField } from "@cantoo/pdf-lib";
import type { ChampCerfa, ConversionCerfa } from "./ChampCerfa.js";
import { champsParVersionCerfa, versionFormulaireCerfa } from "./champsCerfa.js";
import { chargerModeleCerfa } from "./chargerModeleCerfa.js";

/**
 * Options de {@link remplirCerfaPdf}.
 *
 * @example
 * ```ts
 * const options: OptionsRemplissageCerfaPdf = { modele: await readFile("cerfa_10103-12.pdf") };
 * ```
 */
export interface OptionsRemplissageCerfaPdf {
  /** Octets du modèle à remplir ; par défaut le CERFA 10103*12 livré avec le paquet. */
  readonly modele?: Uint8Array;
}

function versFormulaire(valeur: unknown, conversion: ConversionCerfa): string | undefined {
  if (valeur === undefined || valeur === null) return undefined;
  switch (conversion) {
    case "date": {
      const texte = String(valeur);
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(texte);
      return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : texte;
    }
    case "montant":
      return typeof valeur === "number" ? String(valeur).replace(".", ",") : String(valeur);
    case "rncp":
      return String(valeur).replace(/^RNCP/iu, "");
    case "marque":
      return valeur === true ? "X" : undefined;
    default:
      return String(valeur);
  }
}

function lire(contrat: Contrat, chemin: string): unknown {
  return lireChemin(contrat, chemin.split("."));
}

/** Découpe un courriel en (partie locale, domaine) à la première « @ ». */
function couperCourriel(courriel: string): [string, string] {
  const position = courriel.indexOf("@");
  return position < 0 ? [courriel, ""] : [courriel.slice(0, position), courriel.slice(position + 1)];
}

/** Valeurs texte et cases à écrire pour un contrat : nom du champ AcroForm → valeur. */
function valeursFormulaire(contrat: Contrat, champs: readonly ChampCerfa[]): Map<string, string | boolean> {
  const valeurs = new Map<string, string | boolean>();
  const lignes = contrat.contrat?.remunerationsAnnuelles ?? [];
  const ordres = ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"];
  const parOrdre = new Map<string, (typeof lignes)[number]>();
  lignes.forEach((ligne, index) => {
    const ordre = ligne.ordre ?? ordres[index];
    if (ordre !== undefined && !parOrdre.has(ordre)) parOrdre.set(ordre, ligne);
  });
  const domainesEcrits = new Map<string, number>();
  for (const champ of champs) {
    switch (champ.nature) {
      case "case":
        if (lire(contrat, champ.chemin) === champ.valeurCochee) valeurs.set(champ.champ, true);
        break;
      case "texte": {
        let valeur = lire(contrat, champ.chemin);
        if (champ.chemin === "contrat.salaireEmbauche" && valeur === undefined) valeur = parOrdre.get("1.1")?.salaireBrut;
        if (champ.chemin === "signatures.lieu" && valeur === undefined) valeur = contrat.contrat?.lieuSignatureContrat;
        const texte = versFormulaire(valeur, champ.conversion);
        if (texte !== undefined && texte !== "") valeurs.set(champ.champ, texte);
        break;
      }
      case "numeroVoie": {
        const numero = lire(contrat, `${champ.chemin}.numero`);
        const indice = lire(contrat, `${champ.chemin}.repetitionVoie`);
        const texte = [numero, indice].filter((v) => v !== undefined && v !== "").map(String).join(" ");
        if (texte !== "") valeurs.set(champ.champ, texte);
        break;
      }
      case "courriel": {
        const courriel = lire(contrat, champ.chemin);
        if (typeof courriel !== "string" || courriel === "") break;
        const [local, domaine] = couperCourriel(courriel);
        if (champ.partie === "local") {
          valeurs.set(champ.champ, local);
          break;
        }
        const debut = champ.partie === "domaine" ? 0 : (domainesEcrits.get(champ.chemin) ?? 0);
        const morceau = champ.longueurMax === undefined ? domaine.slice(debut) : domaine.slice(debut, debut + champ.longueurMax);
        domainesEcrits.set(champ.chemin, debut + morceau.length);
        if (morceau !== "") valeurs.set(champ.champ, morceau);
        break;
      }
      case "remuneration": {
        const ligne = parOrdre.get(champ.ordre);
        const valeur = ligne?.[champ.propriete];
        if (valeur === undefined) break;
        const texte =
          champ.propriete === "taux" ? versFormulaire(valeur, "montant") : champ.propriete === "typeSalaire" ? String(valeur) : versFormulaire(valeur, "date");
        if (texte !== undefined) valeurs.set(champ.champ, texte);
        break;
      }
    }
  }
  return valeurs;
}

/**
 * Remplit le formulaire officiel CERFA FA13 (n° 10103*12 par défaut ; un modèle *11 passé
 * en option est reconnu à ses champs) avec un contrat standard et renvoie les octets du PDF. Transformations (`contrat.md` §5) : dates en
 * `jj/mm/aaaa`, montants à virgule, booléens en paires de cases OUI/NON, courriels coupés
 * à « @ » (le domaine des maîtres continue dans le champ « suite »), numéro et indice de
 * répétition dans le champ « N° », préfixe « RNCP » retiré, lignes de rémunération 1.1 …
 * 4.2, « Salaire brut mensuel à l'embauche » = salaire de la ligne 1.1 à défaut de
 * `contrat.salaireEmbauche`, « Fait à » = `signatures.lieu`. Les champs de signature et
 * le visa du CFA restent vides. Les caractères que la police du formulaire ne sait pas
 * dessiner sont conservés dans la valeur du champ ; le PDF demande alors au lecteur de
 * régénérer l'apparence (`NeedAppearances`).
 *
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { contratExemple } from "@communs-opco/schemas";
 * await writeFile("cerfa.pdf", await remplirCerfaPdf(contratExemple));
 * ```
 */
export async function remplirCerfaPdf(contrat: Contrat, options: OptionsRemplissageCerfaPdf = {}): Promise<Uint8Array> {
  const document = await PDFDocument.load(options.modele ?? (await chargerModeleCerfa()), { updateMetadata: false });
  const formulaire = document.getForm();
  const police = await document.embedFont(StandardFonts.Helvetica);
  // @cantoo/pdf-lib remplace en silence par « ? » un caractère absent de la police : le texte
  // n'est dessiné que si la police a tous ses caractères, sinon le lecteur régénère l'apparence.
  const caracteresDessinables = new Set(police.getCharacterSet());
  const champsPdf = new Map<string, PDFField>(formulaire.getFields().map((f) => [f.getName(), f]));
  const version = versionFormulaireCerfa(new Set(champsPdf.keys())) ?? "12";
  let apparencesARegenerer = false;
  for (const [nom, valeur] of valeursFormulaire(contrat, champsParVersionCerfa[version])) {
    const champ = champsPdf.get(nom);
    if (champ instanceof PDFCheckBox && valeur === true) champ.check();
    else if (champ instanceof PDFTextField && typeof valeur === "string") {
      champ.setText(valeur);
      const dessinable = [...valeur].every((c) => caracteresDessinables.has(c.codePointAt(0)!));
      if (!dessinable) apparencesARegenerer = true;
      else {
        try {
          champ.updateAppearances(police);
        } catch {
          apparencesARegenerer = true;
        }
      }
    }
  }
  if (apparencesARegenerer) formulaire.acroForm.dict.set(PDFName.of("NeedAppearances"), PDFBool.True);
  return document.save({ updateFieldAppearances: false });
}
