#!/usr/bin/env bash
# Publishes the built site (_site/) to an Amazon S3 bucket without ever leaving a half-published site:
#   1. everything except the pages (styles, logos, search index, feeds, data), so new files are there first;
#   2. the pages (*.html) last, so no page goes live before what it links to;
#   3. only then, files the new build no longer has are deleted.
# A failure at any step stops the script with the old pages still working; running it again finishes the job.
# See docs/deploying.md. Needs the AWS CLI (`aws`) with credentials allowed to write to the bucket.
#
#   S3_BUCKET=plans.example.gov.uk scripts/deploy-s3.sh [site folder, default _site]
#   S3_PREFIX=plans                      publish under a folder of the bucket (then build with PATH_PREFIX=/plans/)
#   CLOUDFRONT_DISTRIBUTION_ID=E2ABC...  also clear the CloudFront cache once the new pages are in place
set -euo pipefail

bucket="${S3_BUCKET:?set S3_BUCKET to the bucket name, for example plans.example.gov.uk}"
site="${1:-_site}"
target="s3://${bucket}${S3_PREFIX:+/${S3_PREFIX#/}}"
target="${target%/}"

if [ ! -f "$site/index.html" ]; then
  echo "$site/index.html is missing: run \`npm run build\` first" >&2
  exit 1
fi

# Pages are checked with the server on every visit, so a new page shows at once; other files may be cached for a
# few minutes, as their names do not change between builds.
echo "1 of 3: uploading everything except the pages to $target"
aws s3 sync "$site" "$target" --exclude "*.html" --cache-control "public, max-age=300" --no-progress --only-show-errors

echo "2 of 3: uploading the pages"
aws s3 sync "$site" "$target" --exclude "*" --include "*.html" --cache-control "no-cache" --no-progress --only-show-errors

echo "3 of 3: deleting files the new site no longer has"
aws s3 sync "$site" "$target" --delete --no-progress --only-show-errors

if [ -n "${CLOUDFRONT_DISTRIBUTION_ID:-}" ]; then
  echo "Clearing the CloudFront cache"
  aws cloudfront create-invalidation --distribution-id "$CLOUDFRONT_DISTRIBUTION_ID" --paths "/*" >/dev/null
fi
echo "Published $site to $target"
