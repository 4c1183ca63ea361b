-- Release dates from the company's release notes (`pma releases import`, retrieval/releases.py): a version is dated
-- by its release, not by its first feedback, which a few early or mis-tagged items move months back. ``number``
-- holds the version's numbers without trailing zeros ("5.4" for 5.4.0, retrieval.releases.version_number), ``version``
-- the version as the notes write it.
CREATE TABLE IF NOT EXISTS releases (
    number       text PRIMARY KEY,
    version      text NOT NULL,
    released_at  timestamptz NOT NULL,
    notes        text,
    source_file  text,
    imported_at  timestamptz NOT NULL DEFAULT now()
);
