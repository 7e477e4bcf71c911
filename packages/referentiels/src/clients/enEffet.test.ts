import { CLE_EMULATEUR_SIRO, ENTREPRISES_EMULEES, demarrerEmulateurSiro } from "@communs-opco/test-support";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { enEffet } from "./enEffet";
import { creerClientSiro } from "./siro/creerClientSiro";

describe("enEffet", () => {
  it("réussit, type les erreurs par _tag et interrompt la requête HTTP", async () => {
    const emulateur = await demarrerEmulateurSiro({ pannes: [{ type: "json_malforme" }] });
    try {
      const client = creerClientSiro({ urlBase: `${emulateur.url}/siro/v1`, cleApi: CLE_EMULATEUR_SIRO, requetesParSeconde: 1000 });
      const siret = ENTREPRISES_EMULEES[0]?.siret ?? "";
      const rattrape = await Effect.runPromise(
        enEffet((signal) => client.opcoParSiret(siret, { signal })).pipe(
          Effect.catchTag("ErreurSchema", (erreur) => Effect.succeed(`schéma : ${erreur.problemes.length}`)),
        ),
      );
      expect(rattrape).toBe("schéma : 1");
      const reponse = await Effect.runPromise(enEffet((signal) => client.opcoParSiret(siret, { signal })));
      expect(reponse.siret).toBe(siret);

      emulateur.ajouterPanne({ type: "latence", ms: 2000 });
      const debut = performance.now();
      const resultat = await Effect.runPromise(
        enEffet((signal) => client.opcoParSiret("35600000009075", { signal })).pipe(Effect.timeout("50 millis"), Effect.result),
      );
      expect(resultat._tag).toBe("Failure");
      expect(performance.now() - debut).toBeLessThan(1900);
    } finally {
      await emulateur.arreter();
    }
  });
});
