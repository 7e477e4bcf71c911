import { describe, expect, it } from "vitest";
import { instantaneVide } from "./instantane/instantaneVide";
import { chargerInstantaneEmbarque } from "./instantane/chargerInstantaneEmbarque";
import type { Referentiel, ReponseReferentiel } from "./Referentiel";
import { ReferentielEnMemoire } from "./ReferentielEnMemoire";
import { ReferentielHorsLigne } from "./ReferentielHorsLigne";
import { referentielMixte } from "./referentielMixte";

const enLigne = new ReferentielEnMemoire(
  "API de démonstration",
  {
    opcoParSiret: { "35600000009075": { opco: "OPCO EP", idcc: null } },
    entreprises: { "35600000009075": { siret: "35600000009075", etat: "actif", naf: "53.10Z", idcc: [] } },
    npec: [
      {
        rncp: "RNCP99999", cfd: null, idcc: "0478", cpne: { code: "2", libelle: null }, npecAnnuel: 7000, statut: "CPNE",
        dateApplicabilite: "2025-01-01", source: { fichier: "api", ligne: 0 },
      },
    ],
  },
  "2026-11-26",
);

describe("referentielMixte (hors ligne d'abord, en ligne en secours)", () => {
  it("garde la réponse hors ligne quand elle est trouvée", async () => {
    const mixte = referentielMixte(new ReferentielHorsLigne(await chargerInstantaneEmbarque()), enLigne);
    const r = await mixte.npec({ rncp: "RNCP1002", idcc: "478", date: "2024-09-01" });
    expect(r).toMatchObject({ statut: "trouve", valeur: { npecAnnuel: 9497 }, source: { nom: "Référentiel NPEC (France compétences)" } });
  });

  it("interroge l'en-ligne pour ce qui est absent ou indisponible hors ligne", async () => {
    const mixte = referentielMixte(new ReferentielHorsLigne(await chargerInstantaneEmbarque()), enLigne);
    expect(await mixte.opcoDeSiret("35600000009075")).toMatchObject({ statut: "trouve", valeur: { opco: "OPCO EP" }, source: { nom: "API de démonstration" } });
    expect(await mixte.npec({ rncp: "RNCP99999", idcc: "478", date: "2025-06-01" })).toMatchObject({ statut: "trouve", valeur: { npecAnnuel: 7000 } });
  });

  it("quand les deux manquent, garde la réponse hors ligne et cumule les raisons", async () => {
    const mixte = referentielMixte(new ReferentielHorsLigne(instantaneVide("2026-11-26T00:00:00.000Z")), enLigne);
    // (conventions et OPCO d'un IDCC ont toujours une source hors ligne : les tables de @communs-opco/nomenclatures)
    const r = await mixte.conventionsDeApe("18.12Z");
    expect(r.statut).toBe("indisponible");
    expect(r.statut !== "trouve" && r.raison).toMatch(/DARES.*en ligne : .*donnée non fournie/);
  });

  it("une panne de l'en-ligne (exception) devient « indisponible », jamais une conformité", async () => {
    class ReferentielEnPanne extends ReferentielEnMemoire {
      override async entreprise(): Promise<ReponseReferentiel<never>> {
        throw new Error("connexion refusée");
      }
    }
    const enPanne: Referentiel = new ReferentielEnPanne("API en panne", {});
    const mixte = referentielMixte(new ReferentielHorsLigne(instantaneVide("2026-11-26T00:00:00.000Z")), enPanne);
    const r = await mixte.entreprise("35600000009075");
    expect(r).toMatchObject({ statut: "indisponible" });
    expect(r.statut !== "trouve" && r.raison).toContain("connexion refusée");
  });
});
