import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/** Encrypts secrets at rest (proxy passwords, webhook secrets) with AES-256-GCM. */
export interface SecretBox {
  seal(plaintext: string): string;
  open(sealed: string): string;
}

const VERSION = "v1";

/**
 * A box keyed by 32 bytes. The sealed form is `v1.<iv>.<tag>.<ciphertext>`
 * (base64url), so the format can change later without guessing.
 */
export function createSecretBox(key: Uint8Array): SecretBox {
  if (key.length !== 32) throw new Error("the encryption key must be 32 bytes");
  return {
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return [VERSION, iv, cipher.getAuthTag(), data]
        .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
        .join(".");
    },
    open(sealed) {
      const [version, iv, tag, data] = sealed.split(".");
      if (version !== VERSION || !iv || !tag || data === undefined) throw new Error("not a sealed secret");
      const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString(
        "utf8",
      );
    },
  };
}

/** A 32-byte key from configuration: 64 hex characters or 44 base64 characters, else derived with SHA-256. */
export function encryptionKeyFrom(material: string): Uint8Array {
  if (/^[0-9a-f]{64}$/i.test(material)) return Buffer.from(material, "hex");
  const base64 = Buffer.from(material, "base64");
  if (base64.length === 32 && /^[A-Za-z0-9+/_-]{43}=?$/.test(material)) return base64;
  return createHash("sha256").update(material, "utf8").digest();
}
