/**
 * The schema files behind each manifest: the namespaces it binds to files at the package root,
 * the files those import, include or name as a DTD (all shipped in the package), and the one
 * schema xmllint validates the manifest with.
 */
import type { PackageKind } from './input';
import { xmlAttr } from './xml';

interface NamespaceSchema {
  namespace: string;
  /** The schema file, at the package root. */
  file: string;
}

/** The namespaces each manifest binds to a schema file, and the files those pull in. */
const schemaSets: Record<PackageKind, { located: NamespaceSchema[]; pulledIn: string[] }> = {
  scorm12: {
    located: [
      { namespace: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', file: 'imscp_rootv1p1p2.xsd' },
      { namespace: 'http://www.adlnet.org/xsd/adlcp_rootv1p2', file: 'adlcp_rootv1p2.xsd' },
    ],
    // imscp_rootv1p1p2.xsd imports the xml: namespace from it.
    pulledIn: ['ims_xml.xsd'],
  },
  scorm2004: {
    located: [
      { namespace: 'http://www.imsglobal.org/xsd/imscp_v1p1', file: 'imscp_v1p1.xsd' },
      { namespace: 'http://www.adlnet.org/xsd/adlcp_v1p3', file: 'adlcp_v1p3.xsd' },
      { namespace: 'http://www.adlnet.org/xsd/adlseq_v1p3', file: 'adlseq_v1p3.xsd' },
      { namespace: 'http://www.adlnet.org/xsd/adlnav_v1p3', file: 'adlnav_v1p3.xsd' },
      { namespace: 'http://www.imsglobal.org/xsd/imsss', file: 'imsss_v1p0.xsd' },
    ],
    pulledIn: [
      // imscp_v1p1.xsd imports xml.xsd, whose DOCTYPE names XMLSchema.dtd, which loads datatypes.dtd.
      'xml.xsd',
      'XMLSchema.dtd',
      'datatypes.dtd',
      // imsss_v1p0.xsd includes these; most of them include imsss_v1p0util.xsd.
      ...['seqrule', 'objective', 'delivery', 'random', 'rollup', 'control', 'limit'].map(
        (part) => `imsss_v1p0${part}.xsd`,
      ),
      'imsss_v1p0auxresource.xsd',
      'imsss_v1p0util.xsd',
    ],
  },
  // cmi5.xml names its namespace but no schema location: an LMS checks it with its own copy.
  cmi5: { located: [], pulledIn: [] },
};

export const CMI5_NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

/** The schema files a package of this kind ships at its root, beside its manifest. */
export function schemaFiles(kind: PackageKind): string[] {
  const { located, pulledIn } = schemaSets[kind];
  return [...located.map((schema) => schema.file), ...pulledIn];
}

/**
 * A schema that imports every namespace the manifest uses, for `xmllint --schema`, which takes
 * one schema: written beside the files in src/lms-schemas/<kind>/ (CourseStructure.xsd for cmi5).
 */
export function validationSchema(kind: PackageKind): string {
  const imports =
    kind === 'cmi5'
      ? [{ namespace: CMI5_NAMESPACE, file: 'CourseStructure.xsd' }]
      : schemaSets[kind].located;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">',
    ...imports.map(
      ({ namespace, file }) =>
        `  <xs:import namespace="${xmlAttr(namespace)}" schemaLocation="${xmlAttr(file)}"/>`,
    ),
    '</xs:schema>',
    '',
  ].join('\n');
}

/** xsi:schemaLocation: each namespace the manifest uses, then its file at the package root. */
export function schemaLocation(kind: PackageKind): string {
  return schemaSets[kind].located.map(({ namespace, file }) => `${namespace} ${file}`).join(' ');
}
