# The tool's messages in English. Every message here has its twin, with the
# same id, attributes and variables, in vi.ftl (a test compares them).
#
# A diagnostic's message id is its code (src/diagnostics.rs), or the code and
# a variant ("unknown-key-suggest"); `.help` says what to do.

## The terminal report

report-in-file = in { $file }
report-help = help: { $help }
report-more = … and { $count } more warnings [{ $code }]; `ocop check --format json` lists them all

## Reading the files

missing-content = { $root } has no content/ folder
    .help = run ocop in the project folder, or pass --root DIR (the folder that holds content/ and themes/)
unreadable-file = cannot read { $file }: { $error }
    .help = check that the file exists and that you are allowed to read it
invalid-utf8 = { $file } is not valid UTF-8 (first bad byte on line { $line })
    .help = open the file in a text editor and save it with the encoding "UTF-8"; text typed with a TCVN3 or VNI font must first be converted to Unicode (Unikey: Ctrl+Shift+F6)
file-too-large = { $file } is { $size } bytes; a record may be at most { $max } bytes
    .help = keep photos and documents as separate files in the bundle, not inside the text
legacy-encoding = the text looks typed with a { $encoding } font, not Unicode ("{ $word }")
    .help = convert the file to Unicode: in Unikey open "Công cụ chuyển mã" (Ctrl+Shift+F6), source { $encoding }, destination Unicode, then save as UTF-8
missing-front-matter = a record must start with a line containing only `+++`
    .help = put the record's fields between two lines of `+++` at the top of the file
unclosed-front-matter = the front matter is never closed
    .help = add a line containing only `+++` after the last field
toml-syntax = invalid TOML: { $detail }
    .help = text values need double quotes (name = "Xoài"), numbers none (price = 250000); each field on its own line
toml-syntax-curly-quotes = the value is in curly quotes “ ” (Word and Zalo type these in place of ")
    .help = use straight quotes " at both ends: { $fixed }
toml-syntax-curly-quotes-number = the number is in curly quotes “ ” (Word and Zalo type these in place of "); a number needs no quotes
    .help = { $fixed }
toml-syntax-date = the date { $value } is not written year-month-day
    .help = write the date as { $example }, without quotes: { $short } = { $example }
toml-syntax-date-impossible = { $value } is not a real date
    .help = write a real date as year-month-day, without quotes, e.g. 2026-03-20
toml-syntax-unquoted = the text { $value } is not in double quotes
    .help = put text between double quotes: { $fixed }
toml-syntax-number = { $key ->
        [stars] the star rating { $value } is not written plainly: digits only, without the word "sao"
       *[other] the number { $value } is not written plainly: digits only, no thousands separators, no words such as "đ", "đồng", "k" or "tr"
    }
    .help = { $fixed }
toml-syntax-double-equals = one = too many
    .help = { $fixed }
toml-syntax-colon = this line has a colon : in place of the =
    .help = { $fixed }
toml-syntax-key-letters = the key "{ $key }" has accented letters or spaces: keys are written exactly as in the template, in plain letters (name, price, stars…)
    .help = see the list of keys in docs/CONTENT.md, or copy the line from an existing record
toml-syntax-key-vietnamese = the key "{ $key }" is written in Vietnamese: keys are written exactly as in the template, in English; "{ $key }" is { $meant }
    .help = { $fixed }
toml-syntax-no-value = `{ $key } =` has no value
    .help = write the value after the = sign, or delete the line
toml-syntax-trailing = something is left after the value: { $extra }
    .help = one field per line, written name = value; text with spaces goes inside one pair of double quotes
toml-syntax-unclosed-string = the text has no closing quote
    .help = close the quotes at the end of the text: { $fixed }
toml-syntax-unclosed-list = the list has no closing ]
    .help = close the list: { $fixed }
toml-syntax-unclosed-table = the braces { "{" } are not closed
    .help = close them with { "}" }: { $fixed }
toml-syntax-missing-comma = a comma is missing between two values
    .help = separate the values with commas: { $fixed }
toml-syntax-duplicate-key = `{ $key }` is written twice
    .help = keep one of the two lines and delete the other
toml-syntax-missing-equals = the = sign is missing after `{ $key }`
    .help = write the name, an = sign, then the value: { $fixed }
unreadable-file-site = cannot read { $file }: { $error }
    .help = every site needs content/site.toml with at least title and base_url; see README.md
unknown-content-entry = content/{ $name } is not read by ocop
    .help = content/ holds site.toml and the folders products/, producers/, communes/ and tourism/
unknown-content-entry-suggest = content/{ $name } is not read by ocop
    .help = did you mean content/{ $best }/?
invalid-slug-rename = the folder name `{ $name }` is not a valid slug
    .help = rename the folder to `{ $slug }` (lowercase ASCII, no diacritics, đ → d, words joined by '-')
invalid-slug-no-letters = the folder name `{ $name }` is not a valid slug
    .help = rename the folder to lowercase ASCII letters, digits and hyphens
duplicate-slug = the folders `{ $name }` and `{ $other }` would both be published as `{ $slug }`
    .help = two records may share a display name but never a folder name: merge them, or rename this folder (e.g. add the commune: `<name>-<commune>`)
missing-index = { $folder } has no index.md
    .help = every record folder needs index.md in the default language (Vietnamese); `ocop new` creates one
record-outside-bundle = { $file } is a record file directly in { $section }/
    .help = each record is a folder: move it to content/{ $section }/{ $slug }/index.md
reserved-file-name = { $file } would replace the record's own page (index.html) on the site
    .help = rename the file (e.g. to trang.html) or move it out of the record's folder
bad-symlink = { $file } is a symbolic link that cannot be followed: { $error }
    .help = replace the link with the real file or folder (a link that points to itself, directly or not, never ends)
symlink-outside = { $file } is a symbolic link to { $target }, outside the project
    .help = copy the file into the project instead of linking to it: only files inside the project are published

## Reading the records' fields

missing-field = missing required field `{ $key }`
empty-field = `{ $key }` is empty
wrong-type = `{ $key }` must be { $want ->
        [whole] a whole number (written without quotes)
        [number] a number
        [text] text in double quotes
        [bool] true or false
        [list] a list in square brackets
        [date] a date written year-month-day, without quotes
       *[table] a table in braces
    }, not { $given ->
        [string] text
        [integer] a whole number
        [float] a decimal number
        [boolean] true/false
        [datetime] a date
        [array] a list
        [table] a table
       *[other] { $given }
    }
    .help = { $want ->
        [whole] write digits only, without quotes, dots or spaces, e.g. { $key ->
            [stars] stars = 4
           *[other] 250000
        }
        [text] put the text in double quotes, e.g. name = "Xoài"
        [bool] write true or false without quotes
        [list] write a list in square brackets, e.g. ["a.jpg", "b.jpg"]
        [date] write the date as 2024-06-15 (year-month-day), without quotes
        [table] write a table in braces, e.g. geo = { "{" } lat = 11.7, lon = 108.8 { "}" }
       *[other] see the content format in README.md
    }
wrong-type-value = `{ $key }` = "{ $given }" is not an allowed value
    .help = allowed values: { $allowed }
wrong-type-value-suggest = `{ $key }` = "{ $given }" is not an allowed value
    .help = did you mean "{ $best }"? allowed values: { $allowed }
wrong-type-field = `{ $key }` has an unknown field `{ $given }`
    .help = see the content format in README.md for the fields allowed here
wrong-type-too-large = `{ $key }` is too large a number
    .help = check the number: prices are whole VND (e.g. 250000), stars 1 to 5
wrong-type-other = `{ $key }` has a wrong value: { $detail }
    .help = see the content format in README.md
wrong-type-quoted-number = `{ $key }` = "{ $given }": a number is written in digits only, without quotes or words
    .help = { $fixed }
wrong-type-separated-number = { $key } = { $given }: the dot is a thousands separator here, but a number is written in digits only
    .help = { $fixed }
wrong-type-date = `{ $key }` = "{ $value }": a date is written year-month-day, without quotes
    .help = write the date as { $example }: { $short } = { $example }
wrong-type-date-impossible = `{ $key }` = "{ $value }" is not a real date
    .help = write a real date as year-month-day, without quotes, e.g. 2026-03-20
wrong-type-table = `{ $key }` must be a table like { "{" } key = value, … { "}" }, not { $given }
unknown-key-suggest = unknown field `{ $key }`
    .help = did you mean `{ $best }`?
unknown-key-allowed = unknown field `{ $key }`
    .help = the fields allowed here are: { $allowed }
misplaced-key = `{ $key }` cannot be set here
image-outside-bundle = image `{ $name }` must be a file in the record's own folder
    .help = copy the photo into the record's folder and give only its file name, e.g. "photo.jpg"
missing-image = image `{ $name }` is not in the record's folder
    .help = copy the photo into the record's folder, or correct the file name
missing-image-suggest = image `{ $name }` is not in the record's folder
    .help = did you mean "{ $best }"? (file names are case-sensitive)
bad-geo = geo lat = { $lat }, lon = { $lon } is not on Earth
    .help = latitude is −90…90 and longitude −180…180 in decimal degrees (Ninh Sơn: lat ≈ 11.7, lon ≈ 108.8)
bad-contact-phone = `{ $key }` = "{ $value }" is not valid
    .help = write a Vietnamese phone number: 10 digits (mobile) or 11 (landline) starting with 0, or +84 instead of the 0
bad-contact-zalo = `{ $key }` = "{ $value }" is not valid
    .help = give the Zalo phone number or an https:// Zalo link
bad-contact-email = `{ $key }` = "{ $value }" is not valid
    .help = write an e-mail address like name@example.com
bad-contact-website = `{ $key }` = "{ $value }" is not valid
    .help = write the full address starting with https://

## How to fill in a missing field (the help of missing-field and empty-field)

hint-name-product = add name = "…" (the product's name)
hint-name-producer = add name = "…" (the producer's registered name)
hint-name-commune = add name = "Xã …"
hint-name-tourism = add name = "…" (the site's name)
hint-commune-kind = add kind = "commune" (or ward, special_zone)
hint-producer-kind = add kind = "cooperative" (or cooperative_group, enterprise, farm, household, association)
hint-commune = add commune = "<slug of the commune's folder in content/communes/>"
hint-group = add group = "food" (or beverages, herbal, handicrafts, ornamental, tourism)
hint-certificate-number = add number = "…/QĐ-UBND" (the decision number)
hint-certificate-date = add date = 2024-06-15 (the decision date, written year-month-day without quotes)
hint-title = add title = "Sản phẩm OCOP …"
hint-neutral = this field is the same in every language: set it only in index.md and remove it from the translation

## Products and the rules across records

bad-price = price = { $price } must be a positive number of đồng
    .help = write the retail price in whole VND without separators, e.g. price = 250000; leave it out if the price is on request
bad-stars = stars = { $stars } is not an OCOP rating
    .help = OCOP ratings are whole numbers from 1 to 5 (3–5 stars are certified OCOP products)
bad-date = { $key } = { $value } is not a calendar date
    .help = write the date alone as year-month-day, e.g. { $short } = 2024-06-15
bad-sku-length = sku has { $count } characters; it must have 1 to { $max }
    .help = Google Merchant Center limits product ids to 50 characters; shorten it and never change it afterwards
bad-sku-invisible = sku "{ $sku }" has an invisible or control character ({ $char })
    .help = retype the sku with visible letters, digits, '-' and '_' only (Google Merchant Center drops spaces at the ends and refuses control and invisible characters in an id)
bad-sku-spaces = sku "{ $sku }" has spaces at its ends or two in a row
    .help = retype the sku with visible letters, digits, '-' and '_' only (Google Merchant Center drops spaces at the ends and refuses control and invisible characters in an id)
bad-gtin = gtin "{ $gtin }" is not a valid GTIN
    .help = a GTIN is the 8, 12, 13 or 14 digits under the barcode, with a correct check digit; copy it from the package
bad-url = shop link "{ $url }" is not an absolute https:// address
    .help = copy the full address from the browser's address bar, starting with https://
unknown-subgroup = "{ $value }" is not a subgroup of the { $group } group
    .help = subgroups of { $group }: { $allowed }
unknown-subgroup-suggest = "{ $value }" is not a subgroup of the { $group } group
    .help = did you mean "{ $best }"? Subgroups of { $group }: { $allowed }
missing-certificate = { $stars } stars are given without the rating decision
    .help = add certificate = { "{" } number = "…/QĐ-UBND", date = 2024-06-15, issuer = "…" { "}" } from the decision that rated the product
unknown-reference = `{ $key }` names "{ $slug }", but there is no content/{ $section }/{ $slug }/
    .help = use the folder name of a record in content/{ $section }/; if it has no record yet, create one with: ocop new { $section ->
        [producers] producer "Producer name"
        [communes] commune "Xã …"
        [tourism] tourism "Tourism point name"
       *[other] product "Product name"
    }
unknown-reference-suggest = `{ $key }` names "{ $slug }", but there is no content/{ $section }/{ $slug }/
    .help = did you mean "{ $best }"?
unknown-reference-name = `{ $key }` names "{ $slug }", the name of a record, not its folder
    .help = did you mean { $key } = "{ $best }"? (the folder content/{ $section }/{ $best }/)
unknown-reference-empty = `{ $key }` is empty
    .help = write the folder name of a record in content/{ $section }/ between the quotes, or delete the line
draft-reference = `{ $key }` names "{ $slug }", which is a draft
    .help = the link is left out until the product is published (remove `draft = true`)
draft-reference-kiosk = `{ $key }` names "{ $slug }", which is a draft
    .help = the kiosk leaves it out until the product is published (remove `draft = true` from content/products/{ $slug }/index.md)
unknown-product = --products names "{ $slug }", but there is no published product content/products/{ $slug }/
    .help = use the folder names of products in content/products/, separated by commas
unknown-product-suggest = --products names "{ $slug }", but there is no published product content/products/{ $slug }/
    .help = did you mean "{ $best }"?
unknown-product-name = --products names "{ $slug }", the name of a product, not its folder
    .help = did you mean "{ $best }"? (the folder content/products/{ $best }/)
unknown-product-draft = --products names "{ $slug }", a draft (draft = true): drafts are not printed
    .help = when the record is complete, delete the line draft = true in content/products/{ $slug }/index.md; or leave it out of --products
unknown-product-several = --products names "{ $slug }", the name of { $count } products
    .help = write the folder name of the one to print: { $slugs }
certificate-lapsed = the OCOP certificate { $number } lapsed on { $date }
    .help = when the product is rated again, enter the new decision's number and date in certificate = { "{" } … { "}" }; until then the site and the print pack show no stars for it
certificate-expiring = the OCOP certificate { $number } lapses on { $date }
    .help = ask the producer to apply for re-rating before that date
duplicate-feed-id = the feed id "{ $id }" is already the id of { $file } ("{ $first }")
    .help = give each product its own sku: Google Merchant Center and Meta need one id per product (a product without a sku uses its folder name), and ids that differ only in upper and lower case count as the same
control-character = the text has an invisible control character ({ $char }); feeds leave it out
    .help = retype the text or paste it as plain text (Ctrl+Shift+V) to remove the hidden character
unknown-language = `{ $lang }` is not one of the site's languages, so this file is not used
    .help = the site's languages (content/site.toml `languages`) are { $languages }; rename the file to index.<language>.md
missing-translation = no { $lang ->
        [en] English
        [vi] Vietnamese
       *[other] { $lang }
    } translation: the { $lang ->
        [en] English
        [vi] Vietnamese
       *[other] { $lang }
    } page shows the { $default ->
        [en] English
        [vi] Vietnamese
       *[other] { $default }
    } text
    .help = add index.{ $lang }.md next to index.md with the translated fields and body
field-label = { $key }
field-list-more = { $first }, { $rest }
incomplete-translation = { $parts ->
        [body] the body
        [both] { $fields }, the body
       *[fields] { $fields }
    } not translated: the { $default ->
        [en] English
        [vi] Vietnamese
       *[other] { $default }
    } text is shown
    .help = fill in the missing fields (and the text below the closing +++) in this file
hint-neutral-contact = contact e-mail and phone are the same in every language: set them only in the top-level [contact] table
hint-neutral-setting = this setting is the same in every language: set it only at the top of site.toml
hint-base-url = add base_url = "https://…": the address where the site will be published (or pass --base-url)

## Publish readiness (warnings; `ocop check --deny-warnings` blocks them)

example-base-url = base_url "{ $value }" is an example or local address: the QR codes, feeds and shared links would lead nowhere
    .help = write the address where the site will be published, e.g. base_url = "https://ocop.ninhson.gov.vn"
template-text = the text "{ $text }" written by `ocop new` is still here and would be published
    .help = replace it with the record's own text (or delete it)
draft-product = the product "{ $name }" is a draft (draft = true): it is published nowhere, neither site, feeds nor kiosk
    .help = when the record is complete and its warnings are fixed, delete the line draft = true to publish it (what is still wrong then becomes an error)
not-in-feeds = not in { $feeds ->
        [google] the Google Merchant feed
        [meta] the Meta (Facebook) catalog
       *[both] the Google and Meta (Facebook) feeds
    }: { $reason }
certificate-without-issuer = the OCOP certificate { $number } does not say who issued it
    .help = add issuer = "…" inside certificate = { "{" } … { "}" }, the authority that signed the decision, e.g. issuer = "Ủy ban nhân dân tỉnh Khánh Hòa" (as printed on the decision)

## Why a product is not in the feeds (summary lines and not-in-feeds)

feed-reason-tourism-service = a tourism service, not a product
    .help = nothing to do: the product feeds are for goods
feed-reason-sample = sample data ([feeds] include_sample is off)
    .help = replace the sample record with a real one, or delete it (sample = true marks invented data)
feed-reason-no-price = no price
    .help = add the retail price in đồng, e.g. price = 250000 (Google and Meta require one)
feed-reason-no-image = no photo
    .help = copy a photo into the record's folder and name it in images = ["photo.jpg"] (Google and Meta require one)
feed-reason-lapsed-certificate = lapsed certificate ([feeds] exclude_lapsed)
    .help = enter the new rating decision in certificate = { "{" } … { "}" }
feed-reason-no-availability-date = preorder/backorder without available_from
    .help = add the date it can be shipped, e.g. available_from = 2026-03-20
feed-reason-id-too-long = no sku and the slug is over 50 characters
    .help = add a short sku = "…" (at most 50 characters)
feed-reason-image-too-small = main photo under 800 px on its short side
    .help = use a photo of at least 800 × 800 pixels as the first photo
feed-reason-no-brand-or-gtin = no producer (brand) and no gtin
    .help = add producer = "<folder name of the producer>" or the barcode gtin = "…"

## The texts of the `ocop new` templates (scaffold::body_text_id; the template-text warning looks for them)

template-body-products = Product description in English.
template-body-producers = About the producer, in English.
template-body-communes = About the commune, in English.
template-body-tourism = About the tourism point, in English.

## The comments in the files `ocop new` writes (scaffold.rs): index.md has Vietnamese comments, index.en.md English ones, whatever the tool's language

template-note-summary = one sentence for lists and previews
template-note-unit = e.g. "box of 500 g"
template-note-group = food, beverages, herbal, handicrafts, ornamental, tourism
template-note-producer = folder name of the producer in content/producers/
template-note-commune = folder name of the commune in content/communes/
template-note-price = retail price in whole VND
template-note-availability = in_stock, out_of_stock, preorder or backorder
template-note-images = photo file names in this folder, e.g. ["photo.jpg"]
template-note-subgroup = the subgroup within the OCOP group (see docs/CONTENT.md); remove the # at the start of the line to use it
template-note-stars = OCOP star rating (3, 4 or 5), digits only; needs the certificate line below
template-note-certificate = the OCOP recognition decision: number, date signed (year-month-day, no quotes), issuer; remove the # at the start of the line below to use it
template-note-draft = remove this line to publish
template-note-producer-kind = cooperative, cooperative_group, enterprise, farm, household, association
template-note-commune-kind = commune, ward, special_zone
template-note-geo = position on the map: latitude, longitude
template-note-products = folder names of the products showcased here
template-note-translated-name = the name in English; left empty, the Vietnamese name is shown

## content/site.toml

bad-base-url = base_url "{ $value }" is not an absolute http(s) address
    .help = write the full address where the site is published, e.g. base_url = "https://ocop.ninhson.example.vn"
bad-kiosk-setting-idle = idle_seconds = { $value } is out of range
    .help = give the seconds without a touch before the kiosk shows its slideshow, from 10 to 3600 (default 90)
bad-kiosk-setting-qr-target = qr_target = "{ $value }" is not a QR target
    .help = write qr_target = "page" (the product's page on the site) or "marketplace" (its first shop link)
bad-kiosk-setting-products-empty = products = [] lists no product
    .help = list the folder names of the products the kiosk shows, e.g. products = ["xoai", "nho-say-tach-hat"], or delete the line to show every product
bad-print-setting = max_products = { $value } is not a number of products
    .help = give the most products the PDF catalogue may hold, 1 or more (default { $default }); to make no print pack at all, write enabled = false under [print]

## Photos

bad-image-empty = { $file } is an empty file (0 bytes)
    .help = copy the photo again from the phone or camera (the copy is incomplete), then rebuild
bad-image-truncated = { $file } is cut short (the file ends before the picture does): it was not copied completely
    .help = copy the photo again from the phone or camera (the copy is incomplete), then rebuild
bad-image-unreadable = { $file } cannot be read: { $error }
    .help = save the photo again as JPEG or PNG (e.g. export it from the phone's gallery), then rebuild
bad-image-heic = { $file } is a HEIC/HEIF or AVIF photo (an iPhone's own format), which the site cannot use
    .help = export it as JPEG (on an iPhone: Settings → Camera → Formats → Most Compatible), then rebuild
bad-image-unsupported = { $file } is a { $format } image; only JPEG, PNG, WebP and GIF photos are supported
    .help = save the photo again as JPEG or PNG (e.g. export it from the phone's gallery), then rebuild
bad-image-damaged = { $file } is damaged or is not really a photo (it cannot be decoded)
    .help = save the photo again as JPEG or PNG (e.g. export it from the phone's gallery), then rebuild
bad-image-changed = { $file } changed while the site was being built
    .help = build again once the photo is saved
image-too-large = { $file } is { $width } × { $height } pixels ({ $megapixels } megapixels); photos may have at most { $max } megapixels
    .help = resize the photo to at most 8000 pixels on its long side (any photo editor can), then rebuild
image-extension-mismatch = { $file } is a { $format } image although its name ends in .{ $ext }; it is read as { $format }
    .help = rename it to end in .{ $right } (and update `images` in the record) so that other programs open it too
photo-too-small-for-feeds = { $file } is { $width } × { $height } pixels: its largest variant ({ $largest_width } × { $largest_height }) is under { $min } pixels on its short side, so merchant feeds (Google, Facebook) will not list the product
    .help = use a photo at least { $min } × { $min } pixels as the product's first photo (most phones take 3000 × 4000)
unlisted-photo = { $file } is not named in the record's `images`, so it is not published
    .help = add its file name to `images = […]` to show it (it is then published as cleaned variants, never as the original with its EXIF/GPS data), or move it out of content/
foreign-cache = { $folder } exists but was not made by ocop: photos are processed without a cache
    .help = delete or rename that folder; ocop then creates its own cache there
image-cache = the image cache { $folder } cannot be written: { $error }
    .help = check the disk space and the permissions of .ocop-cache (deleting it is safe)
image-cache-vanished = a variant of { $file } vanished from the image cache
    .help = build again
image-encode = { $file }: encoding a variant failed: { $error }
    .help = report this as a bug, with the photo

## The theme and the outputs

missing-theme = cannot read the theme's templates in { $folder }: { $error }
    .help = the project needs themes/default/templates/; copy it from the ocop repository
missing-theme-kiosk = the theme has no { $path } folder (the kiosk's script and style)
    .help = copy it from the ocop repository's themes/default/
missing-theme-search = the theme has no { $path } file (the search matcher)
    .help = copy it from the ocop repository's themes/default/
missing-template = the theme has no template { $name }
    .help = copy the template from the ocop repository's themes/default/templates/
template-error-render = rendering { $target } with { $name } failed: { $error }
    .help = fix the template; the error names the variable or filter at fault
template-error-parse = the theme's templates do not parse: { $error }
    .help = fix the template named above; see https://keats.github.io/tera/docs/ for the syntax
missing-translation-strings = { $count } interface string(s) have no `{ $lang }` translation: { $keys }
    .help = add the keys to { $lang }.toml; until then the { $default } text is shown
missing-interface-string = the interface string `{ $key }` is missing in { $lang }.toml: ocop shows `{ $key }` in its place
    .help = add { $key } = "…" to { $lang }.toml (the theme of the ocop repository has every key)
unreadable-file-i18n = cannot read { $file }: { $error }
    .help = every language of the site needs an i18n file in the theme
toml-syntax-i18n = invalid i18n file: { $detail }
    .help = each line is key = "text"
broken-link = the link `{ $link }` leads to no page or file of the site
    .help = link to another record relative to this folder, e.g. [Xoài](../xoai/) or [xã Nhơn Sơn](../../communes/nhon-son/), or to a photo in this folder by its file name
url-too-long-for-qr-page = the address of its { $what } page is { $length } characters long, more than a QR code can hold: it gets no QR code
    .help = use a shorter address (a shop's short link, or a shorter base_url and folder name)
url-too-long-for-qr-buy = the shop link in `buy` ({ $what }) is { $length } characters long, more than a QR code can hold: it gets no QR code
    .help = use a shorter address (a shop's short link, or a shorter base_url and folder name)
url-too-long-for-qr-website = the `website` is { $length } characters long, more than a QR code can hold: it gets no QR code
    .help = use a shorter address (a shop's short link, or a shorter base_url and folder name)
feed-error = cannot write { $file }: { $error }
    .help = check base_url in content/site.toml (an absolute https:// address), the disk space and the output folder's permissions
write-error = cannot write { $file }: { $error }
    .help = check the disk space and the output folder's permissions
write-error-copy = cannot copy { $source } to { $file }: { $error }
    .help = check that the file is readable and the disk has space

## The print pack

missing-theme-print = cannot read the print layouts in { $folder }: { $error }
    .help = copy themes/default/print/ from the ocop repository, or write enabled = false under [print] in content/site.toml
missing-template-print = the theme has no print layout { $name }
    .help = copy it from the ocop repository's themes/default/print/
bad-font = { $file } is not a font file that can be used
    .help = use TrueType or OpenType font files (.ttf, .otf); web fonts (WOFF, WOFF2) cannot be used for printing
missing-font = { $folder } has no font for the print pack
    .help = put there the .ttf or .otf files of a font with every Vietnamese letter and tone mark (the default theme has Noto Sans)
template-error-print-at = cannot make { $target }: { $error } (line { $line }, column { $column })
    .help = fix the print layout at that place; https://typst.app/docs/ explains how layouts are written
template-error-print = cannot make { $target }: { $error }
    .help = fix the print layout; https://typst.app/docs/ explains how layouts are written
hint-print-layout = fix the print layout; Typst suggests: { $hints }
print-summary-too-many = print: no PDF, the site has { $count } products, more than [print] max_products = { $max } (content/site.toml); for a fair, `ocop print --products …` makes its own
print-summary-not-cached = print: { $file } not cached ({ $error }); it will be made again
print-summary-not-pruned = print: the old PDFs of the cache could not be removed ({ $error })
print-summary-warning = print: warning in { $file }: { $warning }
print-summary-unprintable = print: left out of the PDFs, as the print fonts cannot draw them ({ $count } character(s), e.g. emoji): { $chars }

## ocop print

build-example-base-url = NOTE: base_url in content/site.toml is still an example address (the example-base-url warning above): this site's QR codes, feeds and shared links will lead nowhere. Fix base_url before publishing the site.
print-example-base-url = NOTE: base_url in content/site.toml is still an example address (the example-base-url warning above): the QR codes on the printed pages will open nothing. Fix base_url and run the command again before printing.
print-written = print pack made for { $products } product(s): { $files } (open them to print); written to { $folder }
print-failed = { $errors } error(s) above, so nothing was written to { $folder } ({ $warnings } warning(s))

## ocop serve

serve-serving = Serving on { $url } (Ctrl-C to stop)
serve-public = warning: serving on { $addr } makes the preview reachable from other machines on the network
serve-polling = watching content/ and themes/ by polling every { $ms } ms
serve-watch-fallback = warning: cannot watch the files natively ({ $error }); checking them every { $ms } ms instead (use --poll to skip this attempt)
serve-rebuilt = rebuilt in { $ms } ms ({ $warnings } warning(s))
serve-failed-rebuild = { $errors } error(s): still serving the last good build; fix the file and save
serve-overlay-title = ocop: the last edit has errors — this page shows the last good build
serve-template-error = Template error
serve-bind-failed = cannot listen on { $addr }: { $error }
serve-watch-failed = cannot watch the project's files: { $error }
serve-failed = { $error }
serve-no-build-title = The site has errors

## Summaries of build and check

summary-more = … and { $count } more { $what }; `ocop check --format json` lists them all
noun-products = products
summary-list = { $names }
summary-list-more = { $names } { $more }
summary-pages = pages: { $records } record pages, { $lists } list pages, { $other } others
summary-feeds-off = feeds: off ([feeds] enabled = false in content/site.toml)
summary-feeds = feeds: { $google } product(s) in Google Merchant Center, { $meta } in Meta; { $left } left out
summary-feeds-left-out = {"  "}{ $feeds ->
        [google] left out of Google only
        [meta] left out of Meta only
       *[both] left out
    }, { $reason }: { $count } ({ $slugs })
summary-records = records: { $parts }
summary-section-count = { $count } { $section ->
        [tourism] tourism points
       *[other] { $section }
    }
summary-section-done = { $section ->
        [tourism] tourism points
       *[other] { $section }
    } { $done }/{ $total }
summary-translated = translated into { $lang ->
        [en] English
        [vi] Vietnamese
       *[other] { $lang }
    }: { $parts }
summary-photos = photos: { $photos } ({ $encoded } sized copies made, { $cached } reused from the last build)
summary-photos-detail = photos (detail): { $decoded } decoded, { $encoded } variant files encoded, { $cached } from the cache, { $webp } WebP not smaller than JPEG left out, { $pruned } unused cache entries pruned
photos-progress-bar = photos {"{"}bar:30{"}"} {"{"}pos{"}"}/{"{"}len{"}"} {"{"}msg:.dim{"}"} [{"{"}elapsed_precise{"}"}, ~{"{"}eta{"}"} left]
photos-progress-start = photos: processing { $total } ({ $cached } unchanged, reused)
photos-progress-step = photos: { $done }/{ $total } ({ $seconds } s)
photos-progress-done = photos: { $total } processed in { $seconds } s
summary-output = output: { $output } ({ $files } files, { $mb } MB; { $changed } changed, { $removed } removed)
summary-built = { $warnings } warning(s); built in { $seconds } s
summary-timings = timings (ms): { $parts }
check-counts = { $errors } error(s), { $warnings } warning(s)
build-failed = { $errors } error(s), { $warnings } warning(s); nothing was written, { $output } is unchanged
build-output-failed = the { $name } output could not be written ({ $errors } error(s)); nothing was written, { $output } is unchanged

## The command line

cli-error = error: { $message }
cli-root-not-folder = the project root { $root } is not a folder
serve-no-content = { $root } has no content/ folder; run ocop in the project folder or pass --root DIR
write-refused = refusing to use { $path } as the output folder: { $reason ->
        [root] it is the root of the file system
        [home] it is your home folder
        [project] it holds the project or its content; choose a folder of its own, e.g. ./output
        [file] it is a file
        [staging] it is in the way of the staging folder and was not made by ocop; move it away
       *[foreign] it is not empty and was not made by ocop (no .ocop-output marker file); empty it or choose another folder
    }
write-io = { $action ->
        [reading] reading
        [creating] creating
        [linking] linking
        [moving] moving into place
        [removing] removing
        [swapping] swapping in
       *[manifest] writing the manifest of
    } { $path }: { $error }

## The help of the commands (ocop --help, ocop help build; src/cli/help.rs)
##
## cli-<command>: what the command is for, one line (ocop -h); .long: more
## (ocop --help); .examples: examples. cli-<command>-<option>, or
## cli-arg-<option> for an option every command shares. cli-value-<English
## name>: the placeholder for what the user types (--root DIR).

cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-value-options = OPTIONS
cli-value-command = COMMAND
cli-value-dir = DIR
cli-value-url = URL
cli-value-date = DATE
cli-value-lang = LANG
cli-value-slug = SLUG
cli-value-format = FORMAT
cli-value-bind = BIND
cli-value-port = PORT
cli-value-kind = KIND
cli-value-name = NAME
cli-value-slugs = SLUGS
cli-default = default: { $value }
cli-possible-values = possible values: { $values }

cli-ocop = Static site generator for OCOP ("Mỗi xã một sản phẩm") product catalogues: a bilingual website, feeds for marketplaces, an offline kiosk and a print pack, built from Markdown/TOML records in content/.
    .long = The usual order: ocop new to add a record, ocop serve to preview while you edit, ocop check to find mistakes, ocop build to make the site. Each command has its own help, e.g. ocop help new.
cli-build = Check every record, then build the site into the output folder.
    .long = Nothing is written when a record has an error: the previous output stays as it was.
    .examples =
        Examples:
          ocop build
          ocop build --root ../ninh-son --output /var/www/ocop
          ocop build --base-url https://staging.example.vn/ocop
cli-build-output = Output folder (default: <root>/output).
cli-build-base-url = Publish address, replacing base_url of content/site.toml (e.g. to try the site at another address).
cli-build-timings = Print the time of each stage (load, resolve, images, check, each output, write).
cli-check = Check every record and report all problems, writing nothing.
    .long = Run it after each edit: every problem comes with its file, its line and how to fix it. Warnings also say what should not be published yet: an example base_url, texts left from ocop new, drafts.
    .examples =
        Examples:
          ocop check
          ocop check --format json --deny-warnings
cli-check-format = Report format: human (with the offending line) or json (one object per line).
cli-check-deny-warnings = Exit with status 1 on warnings too, e.g. so that CI does not publish while warnings remain.
cli-serve = Preview the site while you edit: serves it on this machine and reloads the browser after every saved change.
    .long = A bad edit keeps the last good version on screen and shows the error, with file and line, in the terminal and over the page.
    .examples =
        Examples:
          ocop serve
          ocop serve --port 8080 --open
          ocop serve --poll            # on network drives or WSL, where change notifications do not arrive
          ocop serve --bind 0.0.0.0    # let phones on the same network open it (prints a warning)
cli-serve-bind = Address to listen on. Anything but 127.0.0.1 and ::1 makes the preview reachable from other machines.
cli-serve-port = Port of the preview's address (http://127.0.0.1:1111 is port 1111), 0 to 65535; 0 picks a free one.
cli-serve-open = Open the site in the default web browser.
cli-serve-poll = Check the files for changes every half second instead of relying on the operating system's notifications.
cli-print = Make the print pack's PDFs for a fair: only the documents and the products asked for, into a folder of their own.
    .long = Checks every record first, as build does: nothing is written when a record has an error. In the folder, only the PDFs made are replaced; nothing else is touched.
    .examples =
        Examples:
          ocop print
          ocop print --only cards --products xoai,nho-say-tach-hat
          ocop print --only catalogue,prices --out /media/usb/hoi-cho
cli-print-only = Which documents: catalogue, cards (shelf cards) or prices (price list); repeat it or separate with commas (default: all three).
cli-print-products = The products to print, by folder name (slug), separated by commas (default: every product).
cli-print-out = Folder for the PDFs (default: print/ in the project root).
cli-new = Create a new record folder with both language files, index.md (Vietnamese) and index.en.md (English), to fill in.
    .long = The folder name (slug) comes from the Vietnamese name: "Thịt dê xông khói" → thit-de-xong-khoi; a commune's without its kind word: "Xã Anh Dũng" → anh-dung. If it is taken, the commune given with --commune is added (dua-luoi-my-son), then a number.
    .examples =
        Examples:
          ocop new product "Thịt dê xông khói" --commune nhon-son
          ocop new producer "Hợp tác xã Nông nghiệp Mỹ Sơn"
          ocop new commune "Xã Lâm Sơn"
          ocop new tourism "Du lịch vườn trái cây Lâm Sơn"
cli-new-kind = Kind of record: product, producer (cooperative, enterprise, household…), commune (commune, ward, special zone) or tourism (a tourism point).
cli-new-name = Vietnamese name, in double quotes: "Thịt dê xông khói".
cli-new-commune = Commune slug (e.g. nhon-son), written into the record and added to the folder name when the name is taken.
cli-help = Print the help of ocop, or of a command: ocop help build.
cli-help-command = The command to print the help of.
cli-arg-root = Project root: the folder that holds content/ and themes/ (a dot is the current folder).
cli-arg-today = The date to treat as today, for certificate validity, as year-month-day: 2026-03-20 (default: SOURCE_DATE_EPOCH, else the clock).
cli-arg-lang = Language of the messages and of this help: vi (Vietnamese) or en (English). Default: OCOP_LANG, else the catalogue's default_language, else the system locale, else vi.
cli-arg-help = Print help.
    .more = Print help (see more with --help).
    .less = Print help (see a summary with -h).
cli-arg-version = Print version.

## Mistakes on the command line (src/cli/errors.rs)

cli-see-help = for help: { $command } --help
cli-error-unknown-option = the command { $command } has no option { $arg }
cli-error-suggest = did you mean { $suggestion }?
cli-error-example = for example: { $example }
cli-error-extra-word = "{ $arg }" is one word too many for { $command }
    .help = if it is part of a name, put the whole name in double quotes, e.g. ocop new product "Thịt dê xông khói"
cli-error-long-dash = "{ $arg }" begins with a long dash, which Word, Zalo and phones make of two minus signs
    .help = type two minus signs: { $fixed }
cli-error-curly-quotes = the name is in curly quotes “ ” (Zalo and Word change the quotes), which the command line does not take for quotes; type straight quotes: { $fixed }
cli-error-date = write the date year-month-day: { $flag } { $example }
cli-error-invalid-value = { $arg } does not take the value "{ $value }"
cli-error-missing-value = { $arg } needs a value right after it
cli-error-about-arg = { $arg }: { $help }
cli-error-no-equals = the value of { $arg } must follow an equals sign
cli-error-missing-argument = the command { $command } is missing { $args }
cli-error-unknown-command = { $command } has no command "{ $name }"
cli-error-missing-command = a command must follow { $command }
cli-error-commands = the commands: { $commands }
cli-error-repeated = { $arg } can be given only once
cli-error-conflict = { $arg } cannot be used with { $other }
cli-error-too-many-values = { $arg } takes one value; "{ $value }" is one too many

## ocop new

new-created = created { $folder }/index.md and index.en.md
new-look-alike = note: content/{ $section }/{ $other }/ already has this name, in the same commune; if it is the same record, delete { $folder } and edit the existing one
new-next = next: fill in the fields in index.md and in index.en.md (English), add photos to the folder, then run ocop check; when the record is complete, delete the line draft = true (if any) to publish it
new-empty-slug = "{ $name }" has no letters or digits to make a folder name from
new-taken = content/{ $section }/{ $slug }/ already exists. If it is the same record, open content/{ $section }/{ $slug }/index.md to edit it; if it is another one with the same name, run the command again with --commune <folder name of the commune> to add the commune to the folder name (e.g. { $slug }-my-son)
new-unknown-commune = no commune has the folder content/communes/{ $given }/; after --commune write the folder name of a commune (see the folders in content/communes/), or create the commune first with: ocop new commune "Xã …"
new-unknown-commune-suggest = no commune has the folder content/communes/{ $given }/; did you mean --commune { $best }?
new-io = cannot create { $path }: { $error }

# issue 21
file-name-clash-case = { $file } and { $other } differ only in letter case: on Windows and macOS they are the same file
    .help = rename one of the two files so the names really differ, or delete the extra one
file-name-clash-unicode = { $file } and { $other } are the same name with the accents encoded two ways (one file copied from a Mac)
    .help = delete one of the two files: the site can publish only one file of that name
legacy-encoding-maybe = the word "{ $word }" may have been typed with a { $encoding } font, not Unicode
    .help = if it looks wrong on the site, convert the file to Unicode: in Unikey open "Công cụ chuyển mã" (Ctrl+Shift+F6), source { $encoding }, destination Unicode, then save as UTF-8; if the word is meant that way, ignore this warning
bad-base-url-space = base_url "{ $value }" has a space in it
    .help = remove every space from the address (at its start and end too); join words with "-"
bad-base-url-query = base_url "{ $value }" ends with a query (?…), which would be glued to every address of the site
    .help = delete everything from the "?" on (it usually comes with an address copied from Zalo or Facebook)
bad-base-url-fragment = base_url "{ $value }" ends with a fragment (#…), which would be glued to every address of the site
    .help = delete everything from the "#" on
bad-base-url-credentials = base_url has a user name or password in it: it would be published on every page
    .help = write only the site's address, e.g. base_url = "https://ocop.ninhson.gov.vn", without "name:password@"; if the password was shared, change it
insecure-base-url = base_url "{ $value }" is not https://: browsers mark the site "Not secure" and merchant feeds may refuse its links
    .help = publish the site with https (ask the hosting provider), then write base_url = "https://…"
insecure-base-url-option = --base-url "{ $value }" is not https://: browsers mark the site "Not secure" and merchant feeds may refuse its links
    .help = publish the site with https (ask the hosting provider), then give --base-url https://…
write-inside-source = refusing to use { $path } as the output folder: it is inside { $folder }, which the build reads; choose a folder of its own, e.g. ./output
invisible-character = a name or summary has an invisible format character ({ $char }), usually pasted from a web page or a chat app; feeds leave it out
    .help = retype the name or summary, or paste it as plain text (Ctrl+Shift+V), to remove the hidden character
new-not-catalogue = { $root } is not a catalogue (it has no content/site.toml): run ocop new in the catalogue's folder, or add --root <catalogue folder>
invalid-slug-too-long = the folder name `{ $name }` is longer than { $max } letters
    .help = rename the folder to something shorter, e.g. `{ $slug }`; the folder name is part of the page's address, and Windows cannot copy paths that long

# issue 16 print
bad-print-year = year = { $value } is not a year of four digits
    .help = give the year of the OCOP round the catalogue lists, in four digits, e.g. year = 2025; for a cover without a large year, remove the year line
print-summary-files = print: { $files } ({ $made } made now; { $reused } taken from an earlier run with the same content, already up to date)
print-written-folder = these print versions are in { $folder }; the print folder in output holds the build's print versions with every product

# issue 15 administrative units
incomplete-merger-date = merged_into = "{ $slug }" says this unit was merged into another, but not since when
    .help = add the line merged_on = 2025-07-01 (the day the merger took effect, without quotes)
incomplete-merger-target = merged_on says when this unit was merged, but not into which unit
    .help = add the line merged_into = "…" with the folder name (in content/communes/) of the commune or ward it became part of; if the unit still exists, delete the merged_on line
current-township = kind = "township": since 1 July 2025 there are no townships (thị trấn) any more
    .help = if this township was merged into another unit, as most were, keep the kind and add merged_into = "…" and merged_on = 2025-07-01; if it is a unit of its own today, write kind = "commune" (xã) or kind = "ward" (phường)
merger-cycle = the merged_into of "{ $slug }" goes round in a circle: { $chain }
    .help = the unit that exists today ends the chain and has no merged_into: delete merged_into and merged_on from its record
merger-cycle-self = merged_into = "{ $slug }" names this record itself
    .help = write the folder name (in content/communes/) of the commune or ward this unit became part of; if it still exists, delete merged_into and merged_on
former-commune-current = former_commune = "{ $former }" names { $name }, a unit that exists today (its record has no merged_into)
    .help = former_commune names the unit a record was listed under before a merger: delete the line; if { $name } was merged into another unit, add merged_into and merged_on to its record
former-commune-mismatch = former_commune = "{ $former }" became part of { $name } ("{ $current }"), but commune = "{ $commune }"
    .help = write commune = "{ $current }", or correct former_commune to a former unit of "{ $commune }"
former-unit = commune = "{ $slug }" names { $former }, a former unit: since { $date } it is part of { $name }
    .help = write commune = "{ $current }" and former_commune = "{ $slug }" (to keep the unit it was recorded under)
former-unit-producer = commune = "{ $slug }" names { $former }, a former unit: since { $date } it is part of { $name }
    .help = write commune = "{ $current }" (and the address with the new name)
former-unit-keep = commune = "{ $slug }" names { $former }, a former unit: since { $date } it is part of { $name }
    .help = write commune = "{ $current }" (and keep former_commune = "{ $kept }")
abolished-unit = { $name } no longer exists: since { $date } it is part of { $successor }
    .help = keep this record for the former unit: add merged_into = "{ $slug }" and merged_on = { $merged_on }; products and producers there write commune = "{ $slug }"
abolished-unit-new = { $name } no longer exists: since { $date } it is part of { $successor }
    .help = keep this record for the former unit: add merged_into = "{ $slug }" and merged_on = { $merged_on }, and create the record of { $successor } in content/communes/{ $slug }/ (with its kind, name and province)
unknown-reference-former = `{ $key }` names "{ $slug }", but there is no content/{ $section }/{ $slug }/: { $former } is a former unit, now part of { $name }
    .help = write { $key } = "{ $best }"
unknown-reference-former-new = `{ $key }` names "{ $slug }", but there is no content/{ $section }/{ $slug }/: { $former } is a former unit, now part of { $name }
    .help = create the record of { $name } in content/communes/{ $best }/ (with its kind, name and province), then write { $key } = "{ $best }"

## Old addresses (`aliases`) and redirects (issue #15).
bad-alias-absolute = aliases: "{ $value }" is a full web address; an old address is a path of this site
    .help = write only the path, from the "/" after the domain name on, e.g. "/san-pham/nho-say/"
bad-alias-query = aliases: "{ $value }" has a "?" or "#" part, which a page address cannot keep
    .help = delete everything from the "?" or "#" on
bad-alias-space = aliases: "{ $value }" has a space or a backslash in it
    .help = write the path as the browser shows it, with "/" between folders and no space
bad-alias-root = aliases: "{ $value }" is the home page's address
    .help = remove this entry: the home page is always there
bad-alias-dots = aliases: "{ $value }" has an empty part, "." or ".." between its slashes
    .help = write the path as the browser shows it, e.g. "/san-pham/nho-say/"
bad-alias-character = aliases: "{ $value }" has a character an address cannot hold (" < > {"{"} {"}"} | ^ `)
    .help = write the path as the browser shows it, e.g. "/san-pham/nho-say/"
alias-clash-own = aliases: "{ $path }" is this page's own address ({ $page })
    .help = remove this entry: the page is already there
alias-clash-repeated = aliases: "{ $path }" is written twice in this list
    .help = remove one of the two
alias-clash-translation = aliases: "{ $path }" is in both language files of this record (the other one is { $other })
    .help = keep it in index.md if the old address was the Vietnamese page, in index.en.md if it was the English one
alias-clash-page = aliases: "{ $path }" is the address of a page of the site ({ $page }), which it would replace
    .help = remove this entry; if the old address should lead here, rename or remove the other page first
alias-clash-reserved = aliases: "{ $path }" is in a folder or file the site makes itself (the kiosk, the feeds, the print pack, the search page, the theme's files)
    .help = remove this entry: that old address cannot be kept
alias-clash-alias = aliases: "{ $path }" is named by two records (the other one is { $other })
    .help = keep it in the record its old address belonged to, and remove it from the other
many-redirects = the site has { $count } old addresses (aliases): some hosts read only about { $limit } rules from _redirects
    .help = nothing to do if the site is published elsewhere: the redirect pages work on every host; Netlify asks for fewer than 1,000 rules, Cloudflare Pages reads 2,000, and beyond that they only lose the HTTP 301
