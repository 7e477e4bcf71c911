import { describe, expect, it } from "vitest";
import adresseReferentiel from "../../../docs/schemas/adresseReferentiel.schema.json";
import apprenti from "../../../docs/schemas/apprenti.schema.json";
import certificatRealisation from "../../../docs/schemas/certificatRealisation.schema.json";
import certification from "../../../docs/schemas/certification.schema.json";
import contrat from "../../../docs/schemas/contrat.schema.json";
import conventionFormation from "../../../docs/schemas/conventionFormation.schema.json";
import detailsContrat from "../../../docs/schemas/detailsContrat.schema.json";
import dossier from "../../../docs/schemas/dossier.schema.json";
import effectif from "../../../docs/schemas/effectif.schema.json";
import employeur from "../../../docs/schemas/employeur.schema.json";
import etablissementFormation from "../../../docs/schemas/etablissementFormation.schema.json";
import evenementDossier from "../../../docs/schemas/evenementDossier.schema.json";
import facture from "../../../docs/schemas/facture.schema.json";
import financementDossier from "../../../docs/schemas/financementDossier.schema.json";
import formation from "../../../docs/schemas/formation.schema.json";
import formationContrat from "../../../docs/schemas/formationContrat.schema.json";
import maitreApprentissage from "../../../docs/schemas/maitreApprentissage.schema.json";
import offre from "../../../docs/schemas/offre.schema.json";
import organisme from "../../../docs/schemas/organisme.schema.json";
import organismeFormationContrat from "../../../docs/schemas/organismeFormationContrat.schema.json";
import remunerationAnnuelle from "../../../docs/schemas/remunerationAnnuelle.schema.json";
import signatures from "../../../docs/schemas/signatures.schema.json";
import { exporterJsonSchemas } from "./exporterJsonSchemas.js";
import { schemasPublies } from "./schemasPublies.js";

const fichiersCommites: Record<string, unknown> = { adresseReferentiel, apprenti, certificatRealisation, certification, contrat, conventionFormation, detailsContrat, dossier, effectif, employeur, etablissementFormation, evenementDossier, facture, financementDossier, formation, formationContrat, maitreApprentissage, offre, organisme, organismeFormationContrat, remunerationAnnuelle, signatures };

function references(noeud: unknown, trouvees: string[] = []): string[] {
  if (Array.isArray(noeud)) for (const item of noeud) references(item, trouvees);
  else if (typeof noeud === "object" && noeud !== null) {
    for (const [cle, valeur] of Object.entries(noeud)) {
      if (cle === "$ref" && typeof valeur === "string") trouvees.push(valeur);
      else references(valeur, trouvees);
    }
  }
  return trouvees;
}

describe("exporterJsonSchemas", () => {
  const exportes = exporterJsonSchemas();

  it("exporte un JSON Schema 2020-12 par schéma publié, avec $schema et $id", () => {
    expect(Object.keys(exportes).sort()).toEqual(Object.keys(schemasPublies).sort());
    for (const [nom, schema] of Object.entries(exportes)) {
      expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schema["$id"]).toBe(`${nom}.schema.json`);
      expect(schema["additionalProperties"]).toBe(false);
    }
  });

  it("ne référence que des documents publiés ou des définitions locales", () => {
    const fichiers = new Set(Object.keys(exportes).map((nom) => `${nom}.schema.json`));
    for (const [nom, schema] of Object.entries(exportes)) {
      for (const ref of references(schema)) {
        if (ref.startsWith("#")) continue;
        expect(fichiers.has(ref.split("#")[0] ?? ""), `${nom} → ${ref}`).toBe(true);
      }
    }
    expect(references(exportes.contrat)).toEqual(expect.arrayContaining(["employeur.schema.json", "apprenti.schema.json", "detailsContrat.schema.json"]));
    expect(references(exportes.dossier)).toEqual(expect.arrayContaining(["contrat.schema.json", "financementDossier.schema.json"]));
  });

  it("les fichiers commités dans docs/schemas sont identiques à un export frais (sinon : npm run build -w @communs-opco/schemas)", () => {
    expect(Object.keys(fichiersCommites).sort()).toEqual(Object.keys(exportes).sort());
    for (const [nom, schema] of Object.entries(exportes)) {
      expect(fichiersCommites[nom], `docs/schemas/${nom}.schema.json est périmé`).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });

  it("décrit les chemins du contrat utilisés par les règles", () => {
    const proprietes = (nom: keyof typeof exportes) => Object.keys((exportes[nom]["properties"] ?? {}) as Record<string, unknown>);
    expect(proprietes("employeur")).toContain("siret");
    expect(proprietes("apprenti")).toEqual(expect.arrayContaining(["dateNaissance", "nir", "responsableLegal"]));
    expect(proprietes("detailsContrat")).toEqual(expect.arrayContaining(["typeContratApp", "dateDebutContrat", "dateFinContrat", "remunerationsAnnuelles"]));
    const dateDebut = ((exportes.detailsContrat["properties"] ?? {}) as Record<string, Record<string, unknown>>)["dateDebutContrat"];
    expect(dateDebut?.["format"]).toBe("date");
  });
});
