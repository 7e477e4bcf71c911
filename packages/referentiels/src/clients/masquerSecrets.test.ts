import { describe, expect, it } from "vitest";
import { masquerSecrets } from "./masquerSecrets";

describe("masquerSecrets", () => {
  it("masque les secrets donnés (bruts et encodés), les jetons Bearer et les paramètres sensibles", () => {
    expect(masquerSecrets("clé abc/123+x et abc%2F123%2Bx", ["abc/123+x"])).toBe("clé *** et ***");
    expect(masquerSecrets("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.x")).toBe("Authorization: Bearer ***");
    expect(masquerSecrets("https://api.test/x?siret=1&token=t0k3n&api_key=k&b=2")).toBe(
      "https://api.test/x?siret=1&token=***&api_key=***&b=2",
    );
    expect(masquerSecrets("court abc", ["abc"])).toBe("court abc");
  });

  it("masque les identifiants écrits dans une URL (utilisateur:mot de passe@hôte), où qu'elle soit dans le texte", () => {
    expect(masquerSecrets("échec GET http://jean:m0t-de-passe@127.0.0.1:8080/api/x")).toBe("échec GET http://***@127.0.0.1:8080/api/x");
    expect(masquerSecrets("(https://jeton@api.test/v1)")).toBe("(https://***@api.test/v1)");
    expect(masquerSecrets("courriel jean@exemple.fr, https://api.test/v1")).toBe("courriel jean@exemple.fr, https://api.test/v1");
  });
});
