import type { CellValue } from "exceljs";

/**
 * Feuille lue d'un classeur de téléversement : en-tête (ligne 1) et lignes de données
 * non vides, chacune avec son numéro de ligne Excel et ses cellules converties
 * (dates → `Date`, liens hypertexte et texte enrichi → texte, formules → résultat).
 *
 * @example
 * ```ts
 * const f: FeuilleTdb = { nom: "Modèle", entete: ["nom_apprenant *"], lignes: [{ ligne: 2, cellules: ["Dupuis"] }] };
 * ```
 */
export interface FeuilleTdb {
  readonly nom: string;
  readonly entete: readonly string[];
  readonly lignes: readonly { readonly ligne: number; readonly cellules: readonly unknown[] }[];
}

function valeurCellule(valeur: CellValue): unknown {
  if (valeur === null || valeur === undefined) return undefined;
  if (valeur instanceof Date || typeof valeur !== "object") return valeur;
  if ("richText" in valeur) return valeur.richText.map((r) => r.text).join("");
  if ("hyperlink" in valeur) return typeof valeur.text === "string" ? valeur.text : valeurCellule(valeur.text as CellValue);
  if ("result" in valeur) return valeurCellule(valeur.result as CellValue);
  if ("error" in valeur) return undefined;
  return undefined;
}

/**
 * Lit un classeur XLSX de téléversement du Tableau de bord : la feuille « Modèle » (nom
 * comparé après normalisation Unicode NFC), sinon la première feuille. Renvoie
 * `undefined` si les octets ne sont pas un classeur lisible.
 *
 * @example
 * ```ts
 * const feuille = await lireClasseurTdb(await readFile("modele-import-29012025.xlsx"));
 * feuille?.entete[0]; // "nom_apprenant *"
 * ```
 */
export async function lireClasseurTdb(octets: Uint8Array): Promise<FeuilleTdb | undefined> {
  // exceljs n'est chargé qu'à la lecture d'un classeur (import différé) : lire un CSV ne le charge pas.
  const { default: ExcelJS } = await import("exceljs");
  const classeur = new ExcelJS.Workbook();
  try {
    await classeur.xlsx.load(octets as unknown as ArrayBuffer);
  } catch {
    return undefined;
  }
  const feuille = classeur.worksheets.find((f) => f.name.normalize("NFC") === "Modèle".normalize("NFC")) ?? classeur.worksheets[0];
  if (feuille === undefined) return undefined;
  const entete: string[] = [];
  feuille.getRow(1).eachCell({ includeEmpty: true }, (cellule, colonne) => {
    const v = valeurCellule(cellule.value);
    entete[colonne - 1] = v === undefined ? "" : String(v);
  });
  const lignes: { ligne: number; cellules: unknown[] }[] = [];
  feuille.eachRow({ includeEmpty: false }, (rangee, numero) => {
    if (numero === 1) return;
    const cellules: unknown[] = [];
    rangee.eachCell({ includeEmpty: false }, (cellule, colonne) => {
      cellules[colonne - 1] = valeurCellule(cellule.value);
    });
    if (cellules.some((c) => c !== undefined && c !== "")) lignes.push({ ligne: numero, cellules });
  });
  return { nom: feuille.name, entete, lignes };
}
