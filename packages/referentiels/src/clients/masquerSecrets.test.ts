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
});
