import type { Adaptateur, CorrespondanceChamp, ResultatEcriture } from "@communs-opco/adaptateur";
import type { Contrat } from "@communs-opco/schemas";
import { champsCerfa12, champsIgnoresCerfa, cheminsHorsCerfa12 } from "./champsCerfa.js";
import { lireCerfaPdf } from "./lireCerfaPdf.js";
import { pertesCerfaPdf } from "./pertesCerfaPdf.js";
import { remplirCerfaPdf } from "./remplirCerfaPdf.js";

const CONVERSIONS: Readonly<Record<string, string>> = {
  date: "jj/mm/aaaa ↔ AAAA-MM-JJ",
  montant: "nombre à virgule",
  entier: "nombre entier",
  rncp: "préfixe « RNCP » retiré à l'écriture, rétabli à la lecture",
  marque: "« X » ↔ vrai",
};

const champs: CorrespondanceChamp[] = [
  ...champsCerfa12.map((c): CorrespondanceChamp => {
    switch (c.nature) {
      case "texte": {
        const conversion = CONVERSIONS[c.conversion];
        return conversion === undefined
          ? { champSource: c.champ, traitement: "standard", cheminStandard: c.chemin }
          : { champSource: c.champ, traitement: "standard", cheminStandard: c.chemin, conversion };
      }
      case "case":
        return { champSource: c.champ, traitement: "standard", cheminStandard: c.chemin, conversion: `case cochée ↔ ${String(c.valeurCochee)}` };
      case "numeroVoie":
        return { champSource: c.champ, traitement: "standard", cheminStandard: `${c.chemin}.numero`, conversion: "« numéro indice » ↔ numero + repetitionVoie" };
      case "courriel":
        return { champSource: c.champ, traitement: "standard", cheminStandard: c.chemin, conversion: `courriel coupé à « @ » : partie ${c.partie}` };
      case "remuneration":
        return {
          champSource: c.champ,
          traitement: "standard",
          cheminStandard: `contrat.remunerationsAnnuelles[ordre=${c.ordre}].${c.propriete}`,
          conversion: c.propriete === "taux" ? "nombre à virgule" : c.propriete === "typeSalaire" ? "SMIC | SMC" : "jj/mm/aaaa ↔ AAAA-MM-JJ",
        };
    }
  }),
  ...champsIgnoresCerfa.map((c): CorrespondanceChamp => ({ champSource: c.source, traitement: "ignore", raison: c.raison })),
  { champSource: "/*", traitement: "extension", raison: "Tout autre champ AcroForm rempli est conservé sous « cerfa-pdf:/<nom du champ> »." },
];

async function ecrire(enregistrements: Iterable<Contrat> | AsyncIterable<Contrat>): Promise<ResultatEcriture> {
  const contrats: Contrat[] = [];
  for await (const contrat of enregistrements) contrats.push(contrat);
  const [contrat] = contrats;
  if (contrat === undefined || contrats.length > 1) {
    throw new Error(`Un CERFA PDF porte exactement un contrat : ${contrats.length} reçu(s). Remplissez un PDF par contrat.`);
  }
  return { octets: await remplirCerfaPdf(contrat), typeMime: "application/pdf", extension: ".pdf", nonTransportes: pertesCerfaPdf(contrat) };
}

/**
 * Adaptateur du CERFA FA13 au format PDF (nom de format `cerfa-pdf`, versions 10103*12 et *11) :
 * lecture d'un formulaire rempli vers le contrat standard, écriture (remplissage du
 * modèle officiel) d'un contrat, détection des PDF à formulaire CERFA.
 *
 * @example
 * ```ts
 * import { adaptateur } from "@communs-opco/adaptateur-cerfa-pdf";
 * for await (const r of adaptateur.lire({ nom: "contrat.pdf", octets })) console.log(r.ok);
 * const { octets: pdf } = await adaptateur.ecrire!([contrat]);
 * ```
 */
export const adaptateurCerfaPdf: Adaptateur<Contrat> = {
  metadonnees: {
    nom: "cerfa-pdf",
    libelle: "CERFA FA13 (contrat d'apprentissage) au format PDF",
    description: "Formulaire officiel n° 10103*12 à champs AcroForm (et *11 en lecture, ou en écriture sur un modèle fourni), lu et rempli avec pdf-lib.",
    versions: ["10103*11", "10103*12"],
    capacites: ["lecture", "ecriture", "detection"],
    typeEnregistrement: "contrat",
    extensions: [".pdf"],
    typesMime: ["application/pdf"],
  },
  correspondance: { format: "cerfa-pdf", champs, nonTransportes: cheminsHorsCerfa12 },
  async *lire(source) {
    yield await lireCerfaPdf(source.octets, { fichier: source.nom });
  },
  ecrire,
  detecter(echantillon) {
    const texte = echantillon.texte;
    if (!texte.startsWith("%PDF-")) return 0;
    return /AcroForm/u.test(texte) && /10103|apprenti/iu.test(texte) ? 0.9 : /AcroForm/u.test(texte) ? 0.5 : 0.2;
  },
};
