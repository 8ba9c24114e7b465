// Scratch copies of the official ZGW specs with the few fixes Prism needs to check every body the
// fixture serves and to pass the requests the standard allows (measured in shared/specs/zgw/PRISM.md
// and README.md):
//
// - Zaken 1.5.1: Prism silently skips the check of *every* Zaak body, because the Zaak schema does not
//   compile: `zaakgeometrie` (GeoJSON: a oneOf with a discriminator inside allOf, nullable) and
//   `archiefnominatie` (a nullable oneOf whose NullEnum has no type). We replace just those two
//   properties with what they mean: a nullable object, and a nullable string enum.
// - Zaken 1.5.1: the enum of GET /zaken's `ordering` is a list inside a list (`enum: [[startdatum,
//   -startdatum, ...]]`), so no string equals an allowed value and Prism refuses every ordering, valid or
//   not, with 422 (measured with Prism 5.14.2, see README.md). We flatten it to the list the standard
//   means, so valid values pass and invalid ones are still refused.
// - Catalogi 1.3.1: GET /zaaktypen/{uuid} answers an "Unspecified response body", so nothing is
//   checked. We point it at the ZaakType schema, and give ZaakType.informatieobjecttypen the array type
//   that servers send (1.3.1 wrongly types that list as a string).
// - Documenten 1.5.0 is used as it is.
//
// Everything else stays official, so a request or response the real standard refuses is refused here.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

export const SPEC_FILES = {
  zaken: 'zaken-1.5.1.yaml',
  catalogi: 'catalogi-1.3.1.yaml',
  documenten: 'documenten-1.5.0.yaml',
};

function patchZaken(doc) {
  const zaak = doc.components.schemas.Zaak.properties;
  zaak.zaakgeometrie = { type: 'object', nullable: true, description: zaak.zaakgeometrie.description };
  // No null in the enum: Prism's OpenAPI conversion adds it for nullable, and a second null makes
  // the schema invalid again (duplicate enum items), which would switch the check off once more.
  zaak.archiefnominatie = {
    type: 'string',
    nullable: true,
    enum: ['blijvend_bewaren', 'vernietigen', ''],
    description: zaak.archiefnominatie.description,
  };
  flattenOrderingEnum(doc.paths['/zaken'].get.parameters.find((p) => p.name === 'ordering'));
}

// `enum: [[a, b]]` -> `enum: [a, b]`. Throws when the spec no longer looks like that, so a fixed spec
// (or another layout) is noticed instead of patched blindly.
function flattenOrderingEnum(parameter) {
  const items = parameter?.schema?.items;
  if (!Array.isArray(items?.enum) || items.enum.length !== 1 || !Array.isArray(items.enum[0])) {
    throw new Error('zaken spec: the ordering enum of GET /zaken is no longer nested; drop the patch in specs.mjs');
  }
  items.enum = items.enum[0];
}

function patchCatalogi(doc) {
  const ok = doc.paths['/zaaktypen/{uuid}'].get.responses['200'].content['application/json'];
  ok.schema = { $ref: '#/components/schemas/ZaakType' };
  const zaaktype = doc.components.schemas.ZaakType.properties;
  zaaktype.informatieobjecttypen = { type: 'array', items: { type: 'string', format: 'uri' }, readOnly: true };
}

const PATCHES = { zaken: patchZaken, catalogi: patchCatalogi };

// Writes the patched specs (as JSON, which Prism reads as well) to a new temporary directory.
// Returns {dir, files: {zaken, catalogi, documenten}, remove()}.
export function patchedSpecs(specsDir) {
  const dir = mkdtempSync(join(tmpdir(), 'zgw-specs-'));
  const files = {};
  for (const [api, name] of Object.entries(SPEC_FILES)) {
    const source = join(specsDir, name);
    const patch = PATCHES[api];
    if (!patch) {
      files[api] = source;
      continue;
    }
    const doc = parse(readFileSync(source, 'utf8'), { maxAliasCount: -1 });
    patch(doc);
    files[api] = join(dir, name.replace(/\.yaml$/, '.patched.json'));
    writeFileSync(files[api], JSON.stringify(doc));
  }
  return { dir, files, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
