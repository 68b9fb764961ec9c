"""Study-wide operations (no textual): refresh every interview, close stale ones, export them
all (CSV, JSON, Markdown), each paced by the API client under the rate limit, resumable, with
progress. See :mod:`koji_tui.ops.runner` and :mod:`koji_tui.ops.study`; the CSV export is
:mod:`koji_tui.ops.csv_export`; the commands :mod:`koji_tui.ops.cli`.
"""
