// Banc d'essai du CERFA PDF : N remplissages du modèle 10103*12 avec le contrat d'exemple, puis
// N relectures, depuis le paquet construit. Imprime une ligne JSON.
import { contratExemple } from "@communs-opco/schemas";
import { lireCerfaPdf, remplirCerfaPdf } from "@communs-opco/adaptateur-cerfa-pdf";

const CONTRATS = Number(process.env.BENCH_CONTRATS ?? 20);

const t0 = performance.now();
const pdfs = [];
for (let i = 0; i < CONTRATS; i += 1) pdfs.push(await remplirCerfaPdf({ ...contratExemple, apprenti: { ...contratExemple.apprenti, nom: `MARTIN${i}` } }));
const remplissageMs = performance.now() - t0;
const t1 = performance.now();
let lus = 0;
for (const pdf of pdfs) if ((await lireCerfaPdf(pdf)).ok) lus += 1;
const lectureMs = performance.now() - t1;

console.log(
  JSON.stringify({
    bench: "adaptateur-cerfa-pdf.remplissage",
    contrats: CONTRATS,
    lus,
    octetsParPdf: pdfs[0]?.length ?? 0,
    remplissageMsParPdf: Math.round(remplissageMs / CONTRATS),
    lectureMsParPdf: Math.round(lectureMs / CONTRATS),
  }),
);
