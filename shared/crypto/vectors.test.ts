import { beforeAll, describe, expect, it } from "vitest";
import { loadSodium, type Sodium } from "./index.ts";

/* Published test vectors, typed in from the documents named beside each, to show that the
   libsodium build we ship computes the standard primitives. */

let s: Sodium;
beforeAll(async () => {
  s = await loadSodium();
});

const hex = (text: string) => s.from_hex(text.replace(/\s+/g, ""));
const toHex = (bytes: Uint8Array) => s.to_hex(bytes);
const clean = (text: string) => text.replace(/\s+/g, "");

describe("Ed25519 (RFC 8032 §7.1)", () => {
  const cases = [
    {
      name: "TEST 1 (empty message)",
      seed: "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
      publicKey: "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
      message: "",
      signature: `e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b`,
    },
    {
      name: "TEST 2 (one byte)",
      seed: "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
      publicKey: "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
      message: "72",
      signature: `92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00`,
    },
  ];
  for (const c of cases) {
    it(`derives the public key and signature of ${c.name}`, () => {
      const pair = s.crypto_sign_seed_keypair(hex(c.seed));
      expect(toHex(pair.publicKey)).toBe(c.publicKey);
      const signature = s.crypto_sign_detached(hex(c.message), pair.privateKey);
      expect(toHex(signature)).toBe(c.signature);
      expect(s.crypto_sign_verify_detached(signature, hex(c.message), pair.publicKey)).toBe(true);
    });
  }
});

describe("X25519 (RFC 7748 §6.1)", () => {
  const alicePrivate = "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a";
  const alicePublic = "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a";
  const bobPrivate = "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb";
  const bobPublic = "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f";
  const shared = "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742";

  it("derives both public keys and the same shared secret on each side", () => {
    expect(toHex(s.crypto_scalarmult_base(hex(alicePrivate)))).toBe(alicePublic);
    expect(toHex(s.crypto_scalarmult_base(hex(bobPrivate)))).toBe(bobPublic);
    expect(toHex(s.crypto_scalarmult(hex(alicePrivate), hex(bobPublic)))).toBe(shared);
    expect(toHex(s.crypto_scalarmult(hex(bobPrivate), hex(alicePublic)))).toBe(shared);
  });
});

describe("AEAD_XChaCha20_Poly1305 (draft-irtf-cfrg-xchacha-03 §A.3.1)", () => {
  const plaintext =
    "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.";
  const aad = "50515253c0c1c2c3c4c5c6c7";
  const key = "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f";
  const nonce = "404142434445464748494a4b4c4d4e4f5051525354555657";
  const ciphertext = clean(`
    bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb
    731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452
    2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9
    21f9664c97637da9768812f615c68b13b52e`);
  const tag = "c0875924c1c7987947deafd8780acf49";

  it("encrypts to the published ciphertext and tag, and decrypts back", () => {
    const sealed = s.crypto_aead_xchacha20poly1305_ietf_encrypt(
      s.from_string(plaintext),
      hex(aad),
      null,
      hex(nonce),
      hex(key),
    );
    expect(toHex(sealed)).toBe(ciphertext + tag);
    const opened = s.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      sealed,
      hex(aad),
      hex(nonce),
      hex(key),
    );
    expect(s.to_string(opened)).toBe(plaintext);
  });
});

describe("BLAKE2b-512 (RFC 7693 Appendix A)", () => {
  it('hashes "abc" to the published digest', () => {
    expect(toHex(s.crypto_generichash(64, s.from_string("abc"), null))).toBe(
      clean(`ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1
             7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923`),
    );
  });
});

describe("Argon2id through crypto_pwhash", () => {
  // RFC 9106 §5.3's Argon2id vector uses a secret and associated data, which crypto_pwhash
  // does not take, and 4 lanes where libsodium always uses 1; so this is one of libsodium's
  // own vectors (test/default/pwhash_argon2id.c, tv() case 7, 1 lane).
  it("derives libsodium's published output", () => {
    const out = s.crypto_pwhash(
      231,
      hex("b540beb016a5366524d4605156493f9874514a5aa58818cd0c6dfffaa9e90205f17b"),
      hex("44071f6d181561670bda728d43fb79b4"),
      1,
      1631659,
      s.crypto_pwhash_ALG_ARGON2ID13,
    );
    expect(toHex(out)).toBe(
      clean(`7fb72409b0987f8190c3729710e98c3f80c5a8727d425fdcde7f3644d467fe97
             3f5b5fee683bd3fce812cb9ae5e9921a2d06c2f1905e4e839692f2b934b682f1
             1a2fe2b90482ea5dd234863516dba6f52dc0702d324ec77d860c2e181f84472b
             d7104fedce071ffa93c5309494ad51623d214447a7b2b1462dc7d5d55a1f6fd5
             b54ce024118d86f0c6489d16545aaa87b6689dad9f2fb47fda9894f8e12b87d9
             78b483ccd4cc5fd9595cdc7a818452f915ce2f7df95ec12b1c72e3788d473441
             d884f9748eb14703c21b45d82fd667b85f5b2d98c13303b3fe76285531a826b6
             fc0fe8e3dddecf`),
    );
  });
});
