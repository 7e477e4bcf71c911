// Liste les champs AcroForm d'un PDF CERFA : nom, type, options, valeur par défaut, page et position.
// Usage : node scripts/listerChampsCerfa.mjs [chemin.pdf]
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { PDFDocument, PDFTextField, PDFCheckBox, PDFRadioGroup, PDFDropdown } from "@cantoo/pdf-lib";

const chemin = process.argv[2] ?? fileURLToPath(new URL("../data/cerfa_10103-12_modif.pdf", import.meta.url));
const document = await PDFDocument.load(await readFile(chemin));
const pages = document.getPages();
for (const champ of document.getForm().getFields()) {
  const type = champ.constructor.name;
  const widgets = champ.acroField.getWidgets();
  const positions = widgets.map((w) => {
    const r = w.getRectangle();
    const refPage = w.P();
    const page = pages.findIndex((p) => p.ref === refPage);
    return `p${page + 1}@${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
  });
  let extra = "";
  if (champ instanceof PDFTextField) extra = `max=${champ.getMaxLength() ?? "-"} val=${JSON.stringify(champ.getText() ?? "")}`;
  if (champ instanceof PDFCheckBox) extra = `coche=${champ.isChecked()}`;
  if (champ instanceof PDFRadioGroup || champ instanceof PDFDropdown) extra = `options=${JSON.stringify(champ.getOptions())}`;
  console.log(`${champ.getName()}\t${type}\t${extra}\t${positions.join(" ")}`);
}
