import { describe, expect, it } from "vitest";
import certification from "../../../docs/schemas/certification.schema.json";
import contrat from "../../../docs/schemas/contrat.schema.json";
import dossier from "../../../docs/schemas/dossier.schema.json";
import effectif from "../../../docs/schemas/effectif.schema.json";
import formation from "../../../docs/schemas/formation.schema.json";
import offre from "../../../docs/schemas/offre.schema.json";
import organisme from "../../../docs/schemas/organisme.schema.json";
import { exporterJsonSchemas } from "./exporterJsonSchemas.js";
import { schemasPublies } from "./schemasPublies.js";

const fichiersCommites: Record<string, unknown> = { certification, contrat, dossier, effectif, formation, offre, organisme };

describe("exporterJsonSchemas", () => {
  const exportes = exporterJsonSchemas();

  it("exporte un JSON Schema 2020-12 par schéma publié, avec $schema et $id", () => {
    expect(Object.keys(exportes).sort()).toEqual(Object.keys(schemasPublies).sort());
    for (const [nom, schema] of Object.entries(exportes)) {
      expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schema["$id"]).toBe(`urn:communs-opco:schemas:${nom}`);
      expect(schema["type"]).toBe("object");
      expect(schema["additionalProperties"]).toBe(false);
    }
  });

  it("les fichiers commités dans docs/schemas sont identiques à un export frais (lancer `npm run build -w @communs-opco/schemas` sinon)", () => {
    expect(Object.keys(fichiersCommites).sort()).toEqual(Object.keys(exportes).sort());
    for (const [nom, schema] of Object.entries(exportes)) {
      expect(fichiersCommites[nom], `docs/schemas/${nom}.schema.json est périmé`).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });

  it("décrit les chemins du contrat utilisés par les règles", () => {
    const proprietes = (contrat as { properties: Record<string, { properties?: Record<string, unknown> }> }).properties;
    expect(Object.keys(proprietes["employeur"]?.properties ?? {})).toContain("siret");
    expect(Object.keys(proprietes["apprenti"]?.properties ?? {})).toEqual(expect.arrayContaining(["dateNaissance", "nir", "responsableLegal"]));
    expect(Object.keys(proprietes["contrat"]?.properties ?? {})).toEqual(
      expect.arrayContaining(["typeContratApp", "dateDebutContrat", "dateFinContrat", "remunerationsAnnuelles"]),
    );
    const dateDebut = (proprietes["contrat"]?.properties?.["dateDebutContrat"] ?? {}) as Record<string, unknown>;
    expect(dateDebut["format"]).toBe("date");
  });
});
