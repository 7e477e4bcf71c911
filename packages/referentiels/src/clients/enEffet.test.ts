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

      // Interruption vérifiée sur le signal transmis à la requête (aucune mesure du temps écoulé).
      emulateur.ajouterPanne({ type: "latence", ms: 60_000 });
      let signalRequete: AbortSignal | undefined;
      const resultat = await Effect.runPromise(
        enEffet((signal) => {
          signalRequete = signal;
          return client.opcoParSiret("35600000009075", { signal });
        }).pipe(Effect.timeout("50 millis"), Effect.result),
      );
      expect(resultat._tag).toBe("Failure");
      expect(signalRequete?.aborted).toBe(true);
    } finally {
      await emulateur.arreter();
    }
  });
});
