# Lời của công cụ bằng tiếng Việt. Mỗi thông điệp ở đây có bản tương ứng,
# cùng mã, cùng thuộc tính và cùng biến, trong en.ftl (một phép thử so sánh).
#
# Mã của một thông báo lỗi là mã quy tắc (src/diagnostics.rs), hoặc mã và
# một biến thể ("unknown-key-suggest"); `.help` nói cách sửa.
# Viết cho cán bộ OCOP đọc: lời thường, không dùng thuật ngữ lập trình; khi
# người dùng phải gõ đúng một dòng (price = 250000) thì ghi nguyên dòng đó.

## Báo cáo trên màn hình

report-in-file = trong { $file }
report-help = cách sửa: { $help }
report-more = … và { $count } cảnh báo cùng loại [{ $code }]; ocop check --format json liệt kê đủ

## Đọc các tệp

missing-content = { $root } không có thư mục content/
    .help = chạy ocop trong thư mục của bộ dữ liệu, hoặc thêm --root THƯ_MỤC (thư mục chứa content/ và themes/)
unreadable-file = không đọc được { $file }: { $error }
    .help = kiểm tra tệp có tồn tại và bạn có quyền đọc nó
invalid-utf8 = { $file } không phải chữ Unicode UTF-8 (chỗ hỏng đầu tiên ở dòng { $line })
    .help = mở tệp bằng trình soạn thảo văn bản và lưu lại với bảng mã "UTF-8"; chữ gõ bằng phông TCVN3 hoặc VNI phải chuyển sang Unicode trước (Unikey: Ctrl+Shift+F6)
file-too-large = { $file } nặng { $size } byte; một hồ sơ chỉ được tối đa { $max } byte
    .help = để ảnh và tài liệu thành tệp riêng trong thư mục của hồ sơ, không dán vào phần chữ
legacy-encoding = chữ trong tệp có vẻ gõ bằng phông { $encoding }, không phải Unicode ("{ $word }")
    .help = chuyển tệp sang Unicode: trong Unikey mở "Công cụ chuyển mã" (Ctrl+Shift+F6), nguồn { $encoding }, đích Unicode, rồi lưu với bảng mã UTF-8
missing-front-matter = hồ sơ phải bắt đầu bằng một dòng chỉ có +++
    .help = đặt các mục của hồ sơ giữa hai dòng +++ ở đầu tệp
unclosed-front-matter = phần thông tin ở đầu tệp chưa được đóng lại
    .help = thêm một dòng chỉ có +++ sau mục cuối cùng
toml-syntax = dòng này viết sai cách: { $detail }
    .help = chữ phải đặt trong dấu nháy kép (name = "Xoài"), số thì không (price = 250000); mỗi mục một dòng
toml-syntax-curly-quotes = giá trị đang nằm trong dấu nháy cong “ ” (Word và Zalo tự đổi dấu " thành dấu này)
    .help = dùng dấu nháy thẳng " ở cả hai đầu: { $fixed }
toml-syntax-curly-quotes-number = số đang nằm trong dấu nháy cong “ ” (Word và Zalo tự đổi dấu " thành dấu này); số thì không cần dấu nháy
    .help = { $fixed }
toml-syntax-date = ngày { $value } chưa viết đúng dạng năm-tháng-ngày (năm đủ 4 chữ số, tháng và ngày đủ 2 chữ số)
    .help = viết ngày theo dạng { $example }, không có dấu nháy: { $short } = { $example }
toml-syntax-date-impossible = { $value } không phải một ngày có thật
    .help = viết một ngày có thật theo dạng năm-tháng-ngày, không có dấu nháy, ví dụ 2026-03-20
toml-syntax-unquoted = chữ { $value } chưa được đặt trong dấu nháy kép
    .help = đặt chữ vào giữa hai dấu nháy kép: { $fixed }
toml-syntax-number = { $key ->
        [stars] số sao { $value } viết chưa đúng: chỉ ghi con số, không kèm chữ "sao"
       *[other] số { $value } viết chưa đúng: chỉ ghi chữ số, không dấu chấm hay dấu phẩy tách hàng nghìn, không kèm chữ như "đ", "đồng", "k", "tr"
    }
    .help = { $fixed }
toml-syntax-double-equals = thừa một dấu =
    .help = { $fixed }
toml-syntax-colon = dòng này dùng dấu hai chấm : thay cho dấu =
    .help = { $fixed }
toml-syntax-key-letters = tên mục "{ $key }" có chữ có dấu hoặc khoảng trắng: tên mục phải viết đúng như trong mẫu, bằng chữ không dấu (name, price, stars…)
    .help = xem danh sách các mục trong docs/CONTENT.md, hoặc chép dòng đó từ một hồ sơ có sẵn
toml-syntax-key-vietnamese = tên mục "{ $key }" viết bằng tiếng Việt: tên mục phải viết đúng như trong mẫu, bằng tiếng Anh không dấu; "{ $key }" là { $meant }
    .help = { $fixed }
toml-syntax-no-value = dòng { $key } = chưa có giá trị
    .help = ghi giá trị sau dấu =, hoặc xóa cả dòng
toml-syntax-trailing = sau giá trị còn thừa: { $extra }
    .help = mỗi mục một dòng, dạng tên = giá trị; chữ có khoảng trắng phải nằm trọn trong một cặp dấu nháy kép
toml-syntax-unclosed-string = chữ chưa có dấu nháy đóng
    .help = thêm dấu nháy ở cuối chữ: { $fixed }
toml-syntax-unclosed-list = danh sách chưa có dấu ] đóng
    .help = đóng danh sách: { $fixed }
toml-syntax-unclosed-table = dấu ngoặc { "{" } chưa được đóng
    .help = đóng lại bằng dấu { "}" }: { $fixed }
toml-syntax-missing-comma = thiếu dấu phẩy giữa hai giá trị
    .help = ngăn các giá trị bằng dấu phẩy: { $fixed }
toml-syntax-duplicate-key = mục { $key } được ghi hai lần
    .help = giữ một trong hai dòng, xóa dòng kia
toml-syntax-missing-equals = thiếu dấu = sau { $key }
    .help = viết tên mục, dấu = rồi giá trị: { $fixed }
unreadable-file-site = không đọc được { $file }: { $error }
    .help = bộ dữ liệu nào cũng cần tệp content/site.toml, có ít nhất title và base_url; xem README.vi.md
unknown-content-entry = ocop không đọc content/{ $name }
    .help = thư mục content/ chỉ chứa site.toml và các thư mục products/, producers/, communes/, tourism/
unknown-content-entry-suggest = ocop không đọc content/{ $name }
    .help = có phải bạn định viết content/{ $best }/ không?
invalid-slug-rename = tên thư mục { $name } không đúng cách
    .help = đổi tên thư mục thành { $slug } (chữ thường không dấu, đ → d, các từ nối bằng dấu '-')
invalid-slug-no-letters = tên thư mục { $name } không đúng cách
    .help = đổi tên thư mục thành chữ thường không dấu, chữ số và dấu '-'
duplicate-slug = hai thư mục { $name } và { $other } sẽ cùng được đăng thành { $slug }
    .help = hai hồ sơ có thể trùng tên hiển thị nhưng không được trùng tên thư mục: gộp lại, hoặc đổi tên thư mục này (ví dụ thêm tên xã: <tên>-<xã>)
missing-index = { $folder } không có tệp index.md
    .help = mỗi thư mục hồ sơ cần một tệp index.md bằng ngôn ngữ chính (tiếng Việt); lệnh ocop new tạo sẵn tệp này
record-outside-bundle = { $file } là tệp hồ sơ nằm thẳng trong { $section }/
    .help = mỗi hồ sơ là một thư mục: chuyển tệp thành content/{ $section }/{ $slug }/index.md
reserved-file-name = { $file } sẽ đè lên chính trang của hồ sơ (index.html) trên trang web
    .help = đổi tên tệp (ví dụ thành trang.html) hoặc chuyển nó ra khỏi thư mục của hồ sơ
bad-symlink = { $file } là lối tắt (liên kết) không mở được: { $error }
    .help = thay lối tắt bằng chính tệp hoặc thư mục thật (lối tắt trỏ vòng về chính nó thì không bao giờ mở được)
symlink-outside = { $file } là lối tắt trỏ tới { $target }, nằm ngoài bộ dữ liệu
    .help = chép tệp vào trong bộ dữ liệu thay vì dùng lối tắt: chỉ tệp nằm trong bộ dữ liệu mới được đăng

## Đọc các mục của hồ sơ

missing-field = thiếu mục bắt buộc { $key }
empty-field = mục { $key } đang để trống
wrong-type = mục { $key } phải là { $want ->
        [whole] một số nguyên (viết không có dấu nháy)
        [number] một con số
        [text] chữ đặt trong dấu nháy kép
        [bool] true hoặc false
        [list] một danh sách trong ngoặc vuông
        [date] một ngày viết theo dạng năm-tháng-ngày, không có dấu nháy
       *[table] một nhóm giá trị trong ngoặc nhọn
    }, không phải { $given ->
        [string] chữ
        [integer] số nguyên
        [float] số thập phân
        [boolean] true/false
        [datetime] ngày tháng
        [array] danh sách
        [table] nhóm giá trị
       *[other] { $given }
    }
    .help = { $want ->
        [whole] chỉ viết chữ số, không dấu nháy, không dấu chấm hay khoảng trắng, ví dụ { $key ->
            [stars] stars = 4
           *[other] 250000
        }
        [text] đặt chữ trong dấu nháy kép, ví dụ name = "Xoài"
        [bool] viết true hoặc false, không có dấu nháy
        [list] viết danh sách trong ngoặc vuông, ví dụ ["a.jpg", "b.jpg"]
        [date] viết ngày theo dạng 2024-06-15 (năm-tháng-ngày), không có dấu nháy
        [table] viết trong ngoặc nhọn, ví dụ geo = { "{" } lat = 11.7, lon = 108.8 { "}" }
       *[other] xem cách viết hồ sơ trong README.vi.md
    }
wrong-type-value = { $key } = "{ $given }" không phải giá trị được phép
    .help = các giá trị được phép: { $allowed }
wrong-type-value-suggest = { $key } = "{ $given }" không phải giá trị được phép
    .help = có phải bạn định viết "{ $best }" không? Các giá trị được phép: { $allowed }
wrong-type-field = mục { $key } có phần { $given } không dùng được
    .help = xem cách viết hồ sơ trong README.vi.md để biết các phần được phép ở đây
wrong-type-too-large = mục { $key } có số quá lớn
    .help = kiểm tra lại con số: giá viết bằng đồng, số nguyên (ví dụ 250000), số sao từ 1 đến 5
wrong-type-other = mục { $key } có giá trị sai: { $detail }
    .help = xem cách viết hồ sơ trong README.vi.md
wrong-type-quoted-number = { $key } = "{ $given }": số chỉ ghi bằng chữ số, không dấu nháy, không kèm chữ
    .help = { $fixed }
wrong-type-separated-number = { $key } = { $given }: dấu chấm ở đây là dấu tách hàng nghìn, nhưng số chỉ ghi bằng chữ số liền nhau
    .help = { $fixed }
wrong-type-date = { $key } = "{ $value }": ngày phải viết theo dạng năm-tháng-ngày, không có dấu nháy
    .help = viết ngày theo dạng { $example }: { $short } = { $example }
wrong-type-date-impossible = { $key } = "{ $value }" không phải một ngày có thật
    .help = viết một ngày có thật theo dạng năm-tháng-ngày, không có dấu nháy, ví dụ 2026-03-20
wrong-type-table = mục { $key } phải là nhóm giá trị dạng { "{" } tên = giá trị, … { "}" }, không phải { $given }
unknown-key-suggest = không có mục { $key }
    .help = có phải bạn định viết { $best } không?
unknown-key-allowed = không có mục { $key }
    .help = các mục được dùng ở đây: { $allowed }
misplaced-key = không được ghi mục { $key } ở đây
image-outside-bundle = ảnh { $name } phải là tệp nằm ngay trong thư mục của hồ sơ
    .help = chép ảnh vào thư mục của hồ sơ và chỉ ghi tên tệp, ví dụ "photo.jpg"
missing-image = không có ảnh { $name } trong thư mục của hồ sơ
    .help = chép ảnh vào thư mục của hồ sơ, hoặc sửa lại tên tệp cho đúng
missing-image-suggest = không có ảnh { $name } trong thư mục của hồ sơ
    .help = có phải bạn định viết "{ $best }" không? (tên tệp phân biệt chữ hoa, chữ thường)
bad-geo = tọa độ lat = { $lat }, lon = { $lon } không nằm trên Trái Đất
    .help = vĩ độ (lat) từ −90 đến 90, kinh độ (lon) từ −180 đến 180, viết số thập phân (Ninh Sơn: lat ≈ 11.7, lon ≈ 108.8)
bad-contact-phone = { $key } = "{ $value }" không đúng
    .help = viết số điện thoại Việt Nam: 10 chữ số (di động) hoặc 11 (cố định), bắt đầu bằng 0, hoặc +84 thay cho số 0
bad-contact-zalo = { $key } = "{ $value }" không đúng
    .help = ghi số điện thoại Zalo hoặc đường dẫn Zalo bắt đầu bằng https://
bad-contact-email = { $key } = "{ $value }" không đúng
    .help = viết địa chỉ thư điện tử dạng ten@example.com
bad-contact-website = { $key } = "{ $value }" không đúng
    .help = viết đầy đủ địa chỉ trang web, bắt đầu bằng https://

## Cách điền một mục còn thiếu (lời hướng dẫn của missing-field và empty-field)

hint-name-product = thêm dòng name = "…" (tên sản phẩm)
hint-name-producer = thêm dòng name = "…" (tên đăng ký của chủ thể)
hint-name-commune = thêm dòng name = "Xã …"
hint-name-tourism = thêm dòng name = "…" (tên điểm du lịch)
hint-commune-kind = thêm dòng kind = "commune" (xã; hoặc ward: phường, special_zone: đặc khu)
hint-producer-kind = thêm dòng kind = "cooperative" (hợp tác xã; hoặc cooperative_group: tổ hợp tác, enterprise: doanh nghiệp, farm: trang trại, household: hộ sản xuất, association: hội)
hint-commune = thêm dòng commune = "<tên thư mục của xã trong content/communes/>"
hint-group = thêm dòng group = "food" (thực phẩm; hoặc beverages: đồ uống, herbal: dược liệu, handicrafts: thủ công mỹ nghệ, ornamental: sinh vật cảnh, tourism: dịch vụ du lịch)
hint-certificate-number = thêm number = "…/QĐ-UBND" (số quyết định)
hint-certificate-date = thêm date = 2024-06-15 (ngày quyết định, viết năm-tháng-ngày, không có dấu nháy)
hint-title = thêm dòng title = "Sản phẩm OCOP …"
hint-neutral = mục này giống nhau ở mọi ngôn ngữ: chỉ ghi trong index.md và xóa khỏi tệp bản dịch

## Sản phẩm và các quy tắc giữa các hồ sơ

bad-price = price = { $price } phải là số tiền lớn hơn 0 đồng
    .help = ghi giá bán lẻ bằng đồng, chỉ chữ số, không dấu chấm hay dấu phẩy, ví dụ price = 250000; bỏ dòng này nếu giá liên hệ
bad-stars = stars = { $stars } không phải hạng sao OCOP
    .help = hạng sao OCOP là số nguyên từ 1 đến 5 (từ 3 đến 5 sao là sản phẩm OCOP được công nhận)
bad-date = { $key } = { $value } không phải một ngày hợp lệ
    .help = chỉ ghi ngày, theo dạng năm-tháng-ngày, ví dụ { $short } = 2024-06-15
bad-sku-length = mã sku có { $count } ký tự; chỉ được từ 1 đến { $max }
    .help = Google Merchant Center chỉ nhận mã sản phẩm tối đa 50 ký tự; rút ngắn mã và đừng đổi nó sau này
bad-sku-invisible = mã sku "{ $sku }" có ký tự ẩn hoặc ký tự điều khiển ({ $char })
    .help = gõ lại mã sku chỉ bằng chữ, chữ số, '-' và '_' (Google Merchant Center bỏ khoảng trắng ở hai đầu và từ chối ký tự ẩn trong mã)
bad-sku-spaces = mã sku "{ $sku }" có khoảng trắng ở đầu, ở cuối hoặc hai khoảng trắng liền nhau
    .help = gõ lại mã sku chỉ bằng chữ, chữ số, '-' và '_' (Google Merchant Center bỏ khoảng trắng ở hai đầu và từ chối ký tự ẩn trong mã)
bad-gtin = mã vạch gtin "{ $gtin }" không đúng
    .help = mã GTIN là dãy 8, 12, 13 hoặc 14 chữ số dưới mã vạch, có số kiểm tra đúng; chép lại từ bao bì
bad-url = đường dẫn cửa hàng "{ $url }" không phải địa chỉ đầy đủ bắt đầu bằng https://
    .help = chép nguyên địa chỉ trên thanh địa chỉ của trình duyệt, bắt đầu bằng https://
unknown-subgroup = "{ $value }" không phải phân nhóm của nhóm { $group }
    .help = các phân nhóm của { $group }: { $allowed }
unknown-subgroup-suggest = "{ $value }" không phải phân nhóm của nhóm { $group }
    .help = có phải bạn định viết "{ $best }" không? Các phân nhóm của { $group }: { $allowed }
missing-certificate = sản phẩm được ghi { $stars } sao nhưng chưa có quyết định công nhận
    .help = thêm dòng certificate = { "{" } number = "…/QĐ-UBND", date = 2024-06-15, issuer = "…" { "}" } theo quyết định công nhận hạng sao
unknown-reference = { $key } ghi "{ $slug }", nhưng không có thư mục content/{ $section }/{ $slug }/
    .help = ghi tên thư mục của một hồ sơ trong content/{ $section }/; nếu chưa có hồ sơ, tạo bằng lệnh: ocop new { $section ->
        [producers] producer "Tên chủ thể"
        [communes] commune "Xã …"
        [tourism] tourism "Tên điểm du lịch"
       *[other] product "Tên sản phẩm"
    }
unknown-reference-suggest = { $key } ghi "{ $slug }", nhưng không có thư mục content/{ $section }/{ $slug }/
    .help = có phải bạn định viết "{ $best }" không?
unknown-reference-name = { $key } ghi "{ $slug }", là tên của hồ sơ, không phải tên thư mục của nó
    .help = có phải bạn định viết { $key } = "{ $best }" không? (thư mục content/{ $section }/{ $best }/)
unknown-reference-empty = mục { $key } đang để trống
    .help = ghi tên thư mục của một hồ sơ trong content/{ $section }/ vào giữa hai dấu nháy, hoặc xóa cả dòng này
draft-reference = { $key } ghi "{ $slug }", là sản phẩm đang soạn (chưa đăng)
    .help = liên kết này được bỏ qua cho đến khi sản phẩm được đăng (xóa dòng draft = true)
draft-reference-kiosk = { $key } ghi "{ $slug }", là sản phẩm đang soạn (chưa đăng)
    .help = máy trưng bày chưa hiện sản phẩm này cho đến khi nó được đăng (xóa dòng draft = true trong content/products/{ $slug }/index.md)
unknown-product = --products ghi "{ $slug }", nhưng không có thư mục sản phẩm content/products/{ $slug }/
    .help = ghi tên thư mục của các sản phẩm trong content/products/, cách nhau bằng dấu phẩy
unknown-product-suggest = --products ghi "{ $slug }", nhưng không có thư mục sản phẩm content/products/{ $slug }/
    .help = có phải bạn định viết "{ $best }" không?
unknown-product-name = --products ghi "{ $slug }", là tên của sản phẩm, không phải tên thư mục của nó
    .help = có phải bạn định viết "{ $best }" không? (thư mục content/products/{ $best }/)
unknown-product-draft = --products ghi "{ $slug }", là sản phẩm đang soạn (draft = true): sản phẩm đang soạn không được in
    .help = khi hồ sơ đã đủ, xóa dòng draft = true trong content/products/{ $slug }/index.md; hoặc bỏ sản phẩm này khỏi --products
unknown-product-several = --products ghi "{ $slug }", là tên của { $count } sản phẩm
    .help = ghi tên thư mục của sản phẩm cần in: { $slugs }
certificate-lapsed = quyết định công nhận OCOP số { $number } đã hết hiệu lực từ ngày { $date }
    .help = khi có quyết định công nhận lại, ghi số và ngày của quyết định mới vào certificate = { "{" } … { "}" }; đến lúc đó, trang web và bản in không hiện số sao của sản phẩm này
certificate-expiring = quyết định công nhận OCOP số { $number } sẽ hết hiệu lực ngày { $date }
    .help = nhắc chủ thể đăng ký đánh giá lại trước ngày đó
duplicate-feed-id = mã "{ $id }" đã là mã của { $file } ("{ $first }")
    .help = cho mỗi sản phẩm một mã sku riêng: Google Merchant Center và Meta cần mỗi sản phẩm một mã (sản phẩm không có sku dùng tên thư mục), và hai mã chỉ khác chữ hoa, chữ thường bị coi là một
control-character = chữ có một ký tự điều khiển ẩn ({ $char }); các tệp gửi sàn sẽ bỏ ký tự này
    .help = gõ lại đoạn chữ hoặc dán dạng chữ thuần (Ctrl+Shift+V) để bỏ ký tự ẩn
unknown-language = { $lang } không phải ngôn ngữ của trang web, nên tệp này không được dùng
    .help = các ngôn ngữ của trang web (mục languages trong content/site.toml) là { $languages }; đổi tên tệp thành index.<mã ngôn ngữ>.md
missing-translation = chưa có bản { $lang ->
        [en] tiếng Anh
        [vi] tiếng Việt
       *[other] { $lang }
    }: trang { $lang ->
        [en] tiếng Anh
        [vi] tiếng Việt
       *[other] { $lang }
    } đang hiện chữ { $default ->
        [en] tiếng Anh
        [vi] tiếng Việt
       *[other] { $default }
    }
    .help = thêm tệp index.{ $lang }.md cạnh index.md, gồm các mục đã dịch và phần giới thiệu
field-label = { $key ->
        [name] tên (name)
        [summary] tóm tắt (summary)
        [unit] quy cách (unit)
        [image_alt] chú thích ảnh (image_alt)
        [address] địa chỉ (address)
        [district] huyện (district)
        [province] tỉnh (province)
        [opening_hours] giờ mở cửa (opening_hours)
       *[other] { $key }
    }
field-list-more = { $first }, { $rest }
incomplete-translation = { $parts ->
        [body] phần giới thiệu
        [both] { $fields }, phần giới thiệu
       *[fields] { $fields }
    } chưa có bản dịch: trang này đang hiện chữ { $default ->
        [en] tiếng Anh
        [vi] tiếng Việt
       *[other] { $default }
    }
    .help = điền các mục còn thiếu (và phần chữ bên dưới dòng +++ thứ hai) trong tệp này
hint-neutral-contact = thư điện tử và số điện thoại liên hệ giống nhau ở mọi ngôn ngữ: chỉ ghi trong bảng [contact] ở đầu tệp
hint-neutral-setting = mục cài đặt này giống nhau ở mọi ngôn ngữ: chỉ ghi ở phần đầu của site.toml
hint-base-url = thêm dòng base_url = "https://…": địa chỉ nơi trang web sẽ được đăng (hoặc dùng --base-url)

## Sẵn sàng để đăng (cảnh báo; `ocop check --deny-warnings` chặn lại)

example-base-url = base_url "{ $value }" là địa chỉ ví dụ hoặc địa chỉ trong máy: mã QR, các tệp gửi sàn và đường dẫn chia sẻ sẽ không mở được
    .help = ghi địa chỉ nơi trang web sẽ được đăng, ví dụ base_url = "https://ocop.ninhson.gov.vn"
template-text = dòng chữ mẫu "{ $text }" do ocop new viết sẵn vẫn còn ở đây và sẽ bị đăng lên
    .help = thay bằng nội dung thật của hồ sơ (hoặc xóa đi)
draft-product = sản phẩm "{ $name }" đang soạn (draft = true): chưa được đăng ở đâu cả, trang web, tệp gửi sàn hay máy trưng bày
    .help = khi hồ sơ đã đủ và các cảnh báo của nó đã sửa xong, xóa dòng draft = true để đăng sản phẩm (chỗ sai còn lại sẽ thành lỗi)
not-in-feeds = không có trong { $feeds ->
        [google] tệp gửi Google Merchant
        [meta] danh mục Meta (Facebook)
       *[both] các tệp gửi Google và Meta (Facebook)
    }: { $reason }
certificate-without-issuer = quyết định công nhận OCOP số { $number } chưa ghi cơ quan ký
    .help = thêm issuer = "…" vào trong certificate = { "{" } … { "}" }, là cơ quan ký quyết định, ví dụ issuer = "Ủy ban nhân dân tỉnh Khánh Hòa" (ghi đúng như trên quyết định)

## Vì sao một sản phẩm không có trong tệp gửi sàn (dòng tóm tắt và not-in-feeds)

feed-reason-tourism-service = dịch vụ du lịch, không phải hàng hóa
    .help = không cần làm gì: tệp gửi sàn chỉ dành cho hàng hóa
feed-reason-sample = dữ liệu mẫu ([feeds] include_sample đang tắt)
    .help = thay hồ sơ mẫu bằng hồ sơ thật, hoặc xóa đi (sample = true đánh dấu dữ liệu bịa ra để thử)
feed-reason-no-price = chưa có giá
    .help = thêm giá bán lẻ bằng đồng, ví dụ price = 250000 (Google và Meta bắt buộc có giá)
feed-reason-no-image = chưa có ảnh
    .help = chép ảnh vào thư mục của hồ sơ và ghi tên vào images = ["photo.jpg"] (Google và Meta bắt buộc có ảnh)
feed-reason-lapsed-certificate = quyết định công nhận OCOP đã hết hiệu lực ([feeds] exclude_lapsed)
    .help = nhập quyết định công nhận mới vào certificate = { "{" } … { "}" }
feed-reason-no-availability-date = ghi availability = "preorder" (đặt trước) hoặc "backorder" (tạm hết hàng) nhưng chưa ghi ngày có hàng available_from
    .help = thêm ngày có thể giao hàng, ví dụ available_from = 2026-03-20
feed-reason-id-too-long = chưa có sku và tên thư mục dài quá 50 ký tự
    .help = thêm mã sku = "…" ngắn (tối đa 50 ký tự)
feed-reason-image-too-small = ảnh đầu tiên có cạnh ngắn dưới 800 điểm ảnh
    .help = dùng ảnh ít nhất 800 × 800 điểm ảnh làm ảnh đầu tiên
feed-reason-no-brand-or-gtin = chưa có chủ thể (thương hiệu) và chưa có mã vạch gtin
    .help = thêm producer = "<tên thư mục của chủ thể>" hoặc mã vạch gtin = "…"

## Chữ mẫu của `ocop new` (scaffold::body_text_id; cảnh báo template-text tìm đúng các chữ này)

template-body-products = Mô tả sản phẩm: sản phẩm là gì, làm thế nào, dùng và bảo quản ra sao.
template-body-producers = Giới thiệu chủ thể.
template-body-communes = Giới thiệu xã.
template-body-tourism = Giới thiệu điểm du lịch.

## Chú thích trong các tệp `ocop new` viết (scaffold.rs): index.md có chú thích tiếng Việt, index.en.md tiếng Anh, dù công cụ đang nói ngôn ngữ nào

template-note-summary = một câu giới thiệu ngắn, hiện trong danh sách và khi chia sẻ
template-note-unit = quy cách bán, ví dụ "hộp 500 g"
template-note-group = nhóm OCOP: food (thực phẩm), beverages (đồ uống), herbal (dược liệu), handicrafts (thủ công mỹ nghệ), ornamental (sinh vật cảnh), tourism (du lịch)
template-note-producer = tên thư mục của chủ thể trong content/producers/
template-note-commune = tên thư mục của xã trong content/communes/
template-note-price = giá bán lẻ, tính bằng đồng, chỉ viết chữ số
template-note-availability = in_stock (còn hàng), out_of_stock (hết hàng), preorder (đặt trước), backorder (tạm hết, nhận đặt hàng)
template-note-images = tên các tệp ảnh trong thư mục này, ví dụ ["photo.jpg"]
template-note-subgroup = nhóm nhỏ trong nhóm OCOP (xem docs/CONTENT.md); bỏ dấu # ở đầu dòng để dùng
template-note-stars = số sao OCOP (3, 4 hoặc 5), chỉ ghi con số; cần có dòng certificate bên dưới
template-note-certificate = quyết định công nhận OCOP: số, ngày ký (năm-tháng-ngày, không dấu nháy), cơ quan ký; bỏ dấu # ở đầu dòng dưới để dùng
template-note-draft = xóa dòng này khi muốn đăng hồ sơ
template-note-producer-kind = cooperative (hợp tác xã), cooperative_group (tổ hợp tác), enterprise (doanh nghiệp), farm (trang trại), household (hộ sản xuất kinh doanh), association (hội)
template-note-commune-kind = commune (xã), ward (phường), special_zone (đặc khu)
template-note-geo = vị trí trên bản đồ: vĩ độ, kinh độ
template-note-products = tên thư mục của các sản phẩm giới thiệu ở điểm này
template-note-translated-name = tên bằng tiếng Anh; để trống thì hiện tên tiếng Việt

## Tệp content/site.toml

bad-base-url = base_url "{ $value }" không phải địa chỉ web đầy đủ (http:// hoặc https://)
    .help = ghi đầy đủ địa chỉ nơi trang web được đăng, ví dụ base_url = "https://ocop.ninhson.example.vn"
bad-kiosk-setting-idle = idle_seconds = { $value } nằm ngoài khoảng cho phép
    .help = ghi số giây không ai chạm trước khi máy trưng bày chuyển sang trình chiếu ảnh, từ 10 đến 3600 (mặc định 90)
bad-kiosk-setting-qr-target = qr_target = "{ $value }" không phải lựa chọn mã QR
    .help = ghi qr_target = "page" (trang của sản phẩm trên trang web) hoặc "marketplace" (đường dẫn cửa hàng đầu tiên)
bad-kiosk-setting-products-empty = products = [] không ghi sản phẩm nào
    .help = ghi tên thư mục của các sản phẩm muốn hiện trên máy trưng bày, ví dụ products = ["xoai", "nho-say-tach-hat"], hoặc xóa cả dòng này để hiện mọi sản phẩm
bad-print-setting = max_products = { $value } không phải số sản phẩm hợp lệ
    .help = ghi số sản phẩm tối đa để còn làm cuốn danh mục PDF, từ 1 trở lên (mặc định { $default }); muốn bỏ hẳn các bản in thì ghi enabled = false trong mục [print]

## Ảnh

bad-image-empty = { $file } là tệp rỗng (0 byte)
    .help = chép lại ảnh từ điện thoại hoặc máy ảnh (bản chép chưa trọn vẹn), rồi chạy lại
bad-image-truncated = { $file } bị cụt (tệp hết trước khi hết ảnh): ảnh chưa được chép trọn vẹn
    .help = chép lại ảnh từ điện thoại hoặc máy ảnh (bản chép chưa trọn vẹn), rồi chạy lại
bad-image-unreadable = không đọc được { $file }: { $error }
    .help = lưu lại ảnh dạng JPEG hoặc PNG (ví dụ xuất ảnh từ thư viện ảnh của điện thoại), rồi chạy lại
bad-image-heic = { $file } là ảnh HEIC/HEIF hoặc AVIF (dạng ảnh riêng của iPhone), trang web không dùng được
    .help = xuất ảnh dạng JPEG (trên iPhone: Cài đặt → Camera → Định dạng → Tương thích nhất), rồi chạy lại
bad-image-unsupported = { $file } là ảnh { $format }; chỉ dùng được ảnh JPEG, PNG, WebP và GIF
    .help = lưu lại ảnh dạng JPEG hoặc PNG (ví dụ xuất ảnh từ thư viện ảnh của điện thoại), rồi chạy lại
bad-image-damaged = { $file } bị hỏng hoặc không thật sự là ảnh (không mở được)
    .help = lưu lại ảnh dạng JPEG hoặc PNG (ví dụ xuất ảnh từ thư viện ảnh của điện thoại), rồi chạy lại
bad-image-changed = { $file } bị thay đổi trong lúc đang tạo trang web
    .help = chạy lại sau khi ảnh đã được lưu xong
image-too-large = { $file } có kích thước { $width } × { $height } điểm ảnh ({ $megapixels } megapixel); ảnh chỉ được tối đa { $max } megapixel
    .help = thu nhỏ ảnh còn tối đa 8000 điểm ảnh ở cạnh dài (phần mềm sửa ảnh nào cũng làm được), rồi chạy lại
image-extension-mismatch = { $file } là ảnh { $format } dù tên tệp có đuôi .{ $ext }; ảnh được đọc như ảnh { $format }
    .help = đổi tên tệp cho có đuôi .{ $right } (và sửa lại images trong hồ sơ) để các phần mềm khác cũng mở được
photo-too-small-for-feeds = { $file } có kích thước { $width } × { $height } điểm ảnh: bản lớn nhất ({ $largest_width } × { $largest_height }) có cạnh ngắn dưới { $min } điểm ảnh, nên các sàn (Google, Facebook) sẽ không đăng sản phẩm
    .help = dùng ảnh ít nhất { $min } × { $min } điểm ảnh làm ảnh đầu tiên của sản phẩm (phần lớn điện thoại chụp 3000 × 4000)
unlisted-photo = { $file } không có tên trong mục images của hồ sơ, nên không được đăng
    .help = thêm tên tệp vào images = […] để hiện ảnh (ảnh được đăng dưới dạng bản đã làm sạch, không bao giờ đăng bản gốc có thông tin EXIF/GPS), hoặc chuyển ảnh ra khỏi content/
foreign-cache = thư mục { $folder } có sẵn nhưng không do ocop tạo: ảnh được xử lý mà không lưu tạm
    .help = xóa hoặc đổi tên thư mục đó; ocop sẽ tự tạo thư mục lưu tạm của mình
image-cache = không ghi được vào thư mục lưu tạm ảnh { $folder }: { $error }
    .help = kiểm tra dung lượng ổ đĩa và quyền ghi vào .ocop-cache (xóa thư mục này cũng không sao)
image-cache-vanished = một bản của { $file } đã biến mất khỏi thư mục lưu tạm ảnh
    .help = chạy lại
image-encode = { $file }: không tạo được một bản của ảnh: { $error }
    .help = báo lỗi này cho nhóm phát triển, kèm theo ảnh

## Giao diện và các sản phẩm đầu ra

missing-theme = không đọc được các mẫu trang của giao diện trong { $folder }: { $error }
    .help = bộ dữ liệu cần thư mục themes/default/templates/; chép thư mục này từ kho mã của ocop
missing-theme-kiosk = giao diện không có thư mục { $path } (mã và kiểu trình bày của máy trưng bày)
    .help = chép từ thư mục themes/default/ trong kho mã của ocop
missing-theme-search = giao diện không có tệp { $path } (bộ tìm kiếm)
    .help = chép từ thư mục themes/default/ trong kho mã của ocop
missing-template = giao diện không có mẫu trang { $name }
    .help = chép mẫu trang từ thư mục themes/default/templates/ trong kho mã của ocop
template-error-render = không tạo được { $target } bằng mẫu { $name }: { $error }
    .help = sửa mẫu trang; thông báo lỗi nêu tên biến hoặc bộ lọc bị sai
template-error-parse = các mẫu trang của giao diện bị viết sai: { $error }
    .help = sửa mẫu trang nêu ở trên; cách viết xem tại https://keats.github.io/tera/docs/
missing-translation-strings = { $count } dòng chữ giao diện chưa có bản dịch { $lang }: { $keys }
    .help = thêm các dòng này vào { $lang }.toml; trong lúc chờ, trang hiện chữ { $default }
missing-interface-string = thiếu dòng chữ giao diện { $key } trong { $lang }.toml: ocop hiện { $key } thay vào chỗ đó
    .help = thêm dòng { $key } = "…" vào { $lang }.toml (giao diện trong kho mã của ocop có đủ mọi dòng)
unreadable-file-i18n = không đọc được { $file }: { $error }
    .help = mỗi ngôn ngữ của trang web cần một tệp chữ giao diện (i18n) trong thư mục giao diện
toml-syntax-i18n = tệp chữ giao diện viết sai: { $detail }
    .help = mỗi dòng có dạng tên = "chữ"
broken-link = liên kết { $link } không dẫn tới trang hay tệp nào của trang web
    .help = liên kết tới hồ sơ khác tính từ thư mục này, ví dụ [Xoài](../xoai/) hoặc [xã Nhơn Sơn](../../communes/nhon-son/), hoặc tới một ảnh trong thư mục này bằng tên tệp
url-too-long-for-qr-page = địa chỉ trang { $what } dài { $length } ký tự, quá sức chứa của mã QR: trang này không có mã QR
    .help = dùng địa chỉ ngắn hơn (đường dẫn rút gọn của cửa hàng, hoặc base_url và tên thư mục ngắn hơn)
url-too-long-for-qr-buy = đường dẫn cửa hàng trong buy ({ $what }) dài { $length } ký tự, quá sức chứa của mã QR: không có mã QR
    .help = dùng địa chỉ ngắn hơn (đường dẫn rút gọn của cửa hàng, hoặc base_url và tên thư mục ngắn hơn)
url-too-long-for-qr-website = địa chỉ website dài { $length } ký tự, quá sức chứa của mã QR: không có mã QR
    .help = dùng địa chỉ ngắn hơn (đường dẫn rút gọn của cửa hàng, hoặc base_url và tên thư mục ngắn hơn)
feed-error = không ghi được { $file }: { $error }
    .help = kiểm tra base_url trong content/site.toml (địa chỉ đầy đủ bắt đầu bằng https://), dung lượng ổ đĩa và quyền ghi vào thư mục kết quả
write-error = không ghi được { $file }: { $error }
    .help = kiểm tra dung lượng ổ đĩa và quyền ghi vào thư mục kết quả
write-error-copy = không chép được { $source } sang { $file }: { $error }
    .help = kiểm tra tệp đọc được và ổ đĩa còn chỗ trống

## Bản in

missing-theme-print = không đọc được các mẫu bản in trong { $folder }: { $error }
    .help = chép thư mục themes/default/print/ từ kho mã của ocop, hoặc ghi enabled = false trong mục [print] của content/site.toml
missing-template-print = giao diện không có mẫu bản in { $name }
    .help = chép mẫu này từ thư mục themes/default/print/ trong kho mã của ocop
bad-font = { $file } không phải tệp phông chữ dùng được
    .help = dùng tệp phông chữ TrueType hoặc OpenType (.ttf, .otf); phông chữ dành cho trang web (WOFF, WOFF2) không dùng để in được
missing-font = thư mục { $folder } không có phông chữ nào cho bản in
    .help = chép vào đó các tệp .ttf hoặc .otf của một phông chữ có đủ mọi chữ cái và dấu tiếng Việt (giao diện mặc định dùng Noto Sans)
template-error-print-at = không làm được { $target }: { $error } (dòng { $line }, cột { $column })
    .help = sửa mẫu bản in ở đúng chỗ đó; cách viết mẫu xem tại https://typst.app/docs/
template-error-print = không làm được { $target }: { $error }
    .help = sửa mẫu bản in; cách viết mẫu xem tại https://typst.app/docs/
hint-print-layout = sửa mẫu bản in; gợi ý của Typst (tiếng Anh): { $hints }
print-summary-too-many = bản in: không làm tệp PDF nào vì trang web có { $count } sản phẩm, nhiều hơn max_products = { $max } trong mục [print] (content/site.toml); để in cho một hội chợ, lệnh ocop print --products … làm bản in cho những sản phẩm được chọn
print-summary-not-cached = bản in: không lưu tạm được { $file } ({ $error }); lần chạy sau sẽ làm lại tệp này
print-summary-not-pruned = bản in: không xóa được các tệp PDF cũ trong thư mục lưu tạm ({ $error })
print-summary-warning = bản in: cảnh báo trong { $file }: { $warning }
print-summary-unprintable = bản in: đã bỏ ra khỏi các tệp PDF { $count } ký tự mà phông chữ của bản in không có (ví dụ biểu tượng cảm xúc): { $chars }

## ocop print (bản in riêng)

build-example-base-url = CHÚ Ý: base_url trong content/site.toml còn là địa chỉ ví dụ (cảnh báo example-base-url ở trên): mã QR, tệp gửi sàn và đường dẫn chia sẻ của trang web này sẽ không mở được. Sửa base_url trước khi đăng trang web.
print-example-base-url = CHÚ Ý: base_url trong content/site.toml còn là địa chỉ ví dụ (cảnh báo example-base-url ở trên): khách quét mã QR trên bản in sẽ không mở được trang nào. Sửa base_url rồi chạy lại lệnh trước khi in.
print-written = đã làm bản in cho { $products } sản phẩm: { $files } (mở tệp để in); các tệp nằm trong thư mục { $folder }
print-failed = có { $errors } lỗi ở trên nên chưa ghi tệp nào vào thư mục { $folder } ({ $warnings } cảnh báo)

## ocop serve (xem trước)

serve-serving = Đang chạy tại { $url } (bấm Ctrl-C để dừng)
serve-public = cảnh báo: chạy trên { $addr } thì các máy khác trong mạng cũng mở được bản xem trước
serve-polling = đang theo dõi content/ và themes/ bằng cách kiểm tra mỗi { $ms } ms
serve-watch-fallback = cảnh báo: không theo dõi được các tệp theo cách thông thường ({ $error }); chuyển sang kiểm tra mỗi { $ms } ms (dùng --poll để bỏ qua bước thử này)
serve-rebuilt = đã cập nhật trong { $ms } ms ({ $warnings } cảnh báo)
serve-failed-rebuild = { $errors } lỗi: vẫn đang hiện bản đúng gần nhất; sửa tệp rồi lưu lại
serve-overlay-title = ocop: lần sửa vừa rồi có lỗi — trang này đang hiện bản đúng gần nhất
serve-template-error = Lỗi mẫu trang
serve-bind-failed = không mở được địa chỉ { $addr }: { $error }
serve-watch-failed = không theo dõi được các tệp của bộ dữ liệu: { $error }
serve-failed = { $error }
serve-no-build-title = Trang web đang có lỗi

## Tóm tắt của build và check

summary-more = … và { $count } { $what } khác; ocop check --format json liệt kê đủ
noun-products = sản phẩm
summary-list = { $names }
summary-list-more = { $names } { $more }
summary-pages = trang: { $records } trang hồ sơ, { $lists } trang danh sách, { $other } trang khác
summary-feeds-off = tệp gửi sàn: tắt ([feeds] enabled = false trong content/site.toml)
summary-feeds = tệp gửi sàn: { $google } sản phẩm trên Google Merchant Center, { $meta } trên Meta; { $left } sản phẩm không được đưa vào
summary-feeds-left-out = {"  "}{ $feeds ->
        [google] chỉ không được đưa vào Google
        [meta] chỉ không được đưa vào Meta
       *[both] không được đưa vào
    }, { $reason }: { $count } ({ $slugs })
summary-records = hồ sơ: { $parts }
summary-section-count = { $count } { $section ->
        [products] sản phẩm
        [producers] chủ thể
        [communes] xã
        [tourism] điểm du lịch
       *[other] { $section }
    }
summary-section-done = { $section ->
        [products] sản phẩm
        [producers] chủ thể
        [communes] xã
        [tourism] điểm du lịch
       *[other] { $section }
    } { $done }/{ $total }
summary-translated = đã dịch sang { $lang ->
        [en] tiếng Anh
        [vi] tiếng Việt
       *[other] { $lang }
    }: { $parts }
summary-photos = ảnh: { $photos } ảnh ({ $encoded } bản cỡ khác nhau vừa làm, { $cached } bản dùng lại từ lần trước)
summary-photos-detail = ảnh (chi tiết): { $decoded } ảnh đã mở, { $encoded } bản ảnh đã tạo, { $cached } bản lấy từ thư mục lưu tạm, { $webp } bản WebP không nhỏ hơn JPEG đã bỏ, { $pruned } bản lưu tạm không dùng đã xóa
photos-progress-bar = ảnh {"{"}bar:30{"}"} {"{"}pos{"}"}/{"{"}len{"}"} {"{"}msg:.dim{"}"} [{"{"}elapsed_precise{"}"}, còn khoảng {"{"}eta{"}"}]
photos-progress-start = ảnh: đang xử lý { $total } ảnh ({ $cached } ảnh không đổi, dùng lại bản đã làm)
photos-progress-step = ảnh: { $done }/{ $total } ({ $seconds } giây)
photos-progress-done = ảnh: xong { $total } ảnh trong { $seconds } giây
summary-output = kết quả: { $output } ({ $files } tệp, { $mb } MB; { $changed } tệp thay đổi, { $removed } tệp đã xóa)
summary-built = { $warnings } cảnh báo; tạo xong trong { $seconds } giây
summary-timings = thời gian (ms): { $parts }
check-counts = { $errors } lỗi, { $warnings } cảnh báo
build-failed = { $errors } lỗi, { $warnings } cảnh báo; chưa ghi gì cả, { $output } vẫn giữ nguyên
build-output-failed = không ghi được phần { $name } ({ $errors } lỗi); chưa ghi gì cả, { $output } vẫn giữ nguyên

## Dòng lệnh

cli-error = lỗi: { $message }
cli-root-not-folder = { $root } không phải là thư mục của bộ dữ liệu
serve-no-content = { $root } không có thư mục content/; chạy ocop trong thư mục của bộ dữ liệu hoặc thêm --root THƯ_MỤC
write-refused = không dùng { $path } làm thư mục kết quả: { $reason ->
        [root] đó là thư mục gốc của máy
        [home] đó là thư mục riêng của bạn
        [project] nó chứa bộ dữ liệu hoặc phần nội dung; chọn một thư mục riêng, ví dụ ./output
        [file] đó là một tệp
        [staging] nó nằm đúng chỗ của thư mục tạm và không do ocop tạo; hãy chuyển nó đi nơi khác
       *[foreign] thư mục không trống và không do ocop tạo (không có tệp đánh dấu .ocop-output); làm trống nó hoặc chọn thư mục khác
    }
write-io = { $action ->
        [reading] không đọc được
        [creating] không tạo được
        [linking] không liên kết được
        [moving] không chuyển vào chỗ được
        [removing] không xóa được
        [swapping] không đổi chỗ được
       *[manifest] không ghi được danh sách tệp của
    } { $path }: { $error }

## Phần hướng dẫn của lệnh (ocop --help, ocop help build; src/cli/help.rs)
##
## cli-<lệnh>: lệnh dùng để làm gì, một dòng (ocop -h); .long: giải thích
## thêm (ocop --help); .examples: các ví dụ. cli-<lệnh>-<tùy chọn>, hoặc
## cli-arg-<tùy chọn> cho tùy chọn mọi lệnh dùng chung. cli-value-<tên tiếng
## Anh>: chữ đứng thay cho giá trị người dùng phải ghi (--root THƯ_MỤC).

cli-heading-usage = Cách dùng
cli-heading-commands = Các lệnh
cli-heading-arguments = Cần ghi
cli-heading-options = Tùy chọn
cli-value-options = TÙY_CHỌN
cli-value-command = LỆNH
cli-value-dir = THƯ_MỤC
cli-value-url = ĐỊA_CHỈ
cli-value-date = NGÀY
cli-value-lang = NGÔN_NGỮ
cli-value-slug = TÊN_THƯ_MỤC
cli-value-format = DẠNG
cli-value-bind = ĐỊA_CHỈ_IP
cli-value-port = CỔNG
cli-value-kind = LOẠI
cli-value-name = TÊN
cli-value-slugs = CÁC_TÊN_THƯ_MỤC
cli-default = mặc định: { $value }
cli-possible-values = chọn một trong: { $values }

cli-ocop = Tạo trang web giới thiệu sản phẩm OCOP (Mỗi xã một sản phẩm) bằng tiếng Việt và tiếng Anh, cùng các tệp gửi lên sàn thương mại điện tử, bản cho máy trưng bày (chạy không cần mạng) và bản in, từ các hồ sơ trong thư mục content/.
    .long = Thường làm theo thứ tự: ocop new để thêm một hồ sơ, ocop serve để xem trước trong lúc sửa, ocop check để tìm lỗi, ocop build để tạo trang web. Mỗi lệnh có hướng dẫn riêng, ví dụ: ocop help new.
cli-build = Kiểm tra mọi hồ sơ rồi tạo trang web vào thư mục kết quả.
    .long = Nếu có hồ sơ bị lỗi thì không ghi gì cả: trang web đã tạo lần trước vẫn giữ nguyên.
    .examples =
        Ví dụ:
          ocop build
          ocop build --root ../ninh-son --output /var/www/ocop
          ocop build --base-url https://staging.example.vn/ocop
cli-build-output = Thư mục để ghi trang web (mặc định: thư mục output/ trong thư mục của bộ dữ liệu).
cli-build-base-url = Địa chỉ trang web khi đăng, thay cho base_url trong content/site.toml (ví dụ để đăng thử ở một địa chỉ khác).
cli-build-timings = Hiện thời gian của từng bước (đọc hồ sơ, liên kết các hồ sơ, ảnh, kiểm tra, từng phần kết quả, ghi).
cli-check = Kiểm tra mọi hồ sơ và báo tất cả các lỗi, không ghi gì cả.
    .long = Chạy lệnh này sau mỗi lần sửa hồ sơ: mỗi lỗi có tên tệp, số dòng và cách sửa. Các cảnh báo còn cho biết những gì chưa nên đăng: địa chỉ trang web còn là địa chỉ mẫu, chữ mẫu của ocop new, hồ sơ đang soạn.
    .examples =
        Ví dụ:
          ocop check
          ocop check --format json --deny-warnings
cli-check-format = Cách trình bày báo cáo: human (để người đọc, kèm dòng bị lỗi) hoặc json (để máy đọc, mỗi lỗi một dòng).
cli-check-deny-warnings = Coi cảnh báo cũng như lỗi (lệnh báo thất bại), ví dụ để máy tự động không đăng trang web khi còn cảnh báo.
cli-serve = Xem trước trang web trong lúc sửa hồ sơ: trang web chạy ngay trên máy này và trình duyệt tự tải lại mỗi khi bạn lưu tệp.
    .long = Khi một lần sửa bị lỗi, trình duyệt vẫn hiện bản đúng gần nhất, còn lỗi (kèm tên tệp và số dòng) hiện ở cửa sổ dòng lệnh và trên trang.
    .examples =
        Ví dụ:
          ocop serve
          ocop serve --port 8080 --open
          ocop serve --poll            # ổ đĩa mạng hoặc WSL: máy không tự báo khi tệp thay đổi
          ocop serve --bind 0.0.0.0    # cho điện thoại trong cùng mạng mở được (có hiện cảnh báo)
cli-serve-bind = Địa chỉ IP để chạy bản xem trước. Nếu khác 127.0.0.1 và ::1 thì các máy khác trong mạng cũng mở được.
cli-serve-port = Cổng của địa chỉ xem trước (http://127.0.0.1:1111 là cổng 1111), một số từ 0 đến 65535; 0 là tự chọn một cổng còn trống.
cli-serve-open = Mở trang web bằng trình duyệt mặc định của máy.
cli-serve-poll = Cứ nửa giây kiểm tra các tệp một lần, thay vì chờ máy tự báo khi tệp thay đổi.
cli-print = Làm các tệp PDF để in cho một hội chợ: chỉ những tài liệu và những sản phẩm được chọn, vào một thư mục riêng.
    .long = Trước hết kiểm tra mọi hồ sơ như lệnh build: nếu có hồ sơ bị lỗi thì không ghi gì cả. Trong thư mục đó chỉ thay các tệp PDF vừa làm; các tệp khác giữ nguyên.
    .examples =
        Ví dụ:
          ocop print
          ocop print --only cards --products xoai,nho-say-tach-hat
          ocop print --only catalogue,prices --out E:\hoi-cho
cli-print-only = Tài liệu cần in: catalogue (danh mục sản phẩm), cards (thẻ giá đặt trên kệ) hoặc prices (bảng giá); có thể chọn nhiều loại, cách nhau bằng dấu phẩy: --only cards,prices (mặc định: cả ba).
cli-print-products = Các sản phẩm cần in, ghi bằng tên thư mục của sản phẩm, cách nhau bằng dấu phẩy (mặc định: mọi sản phẩm).
cli-print-out = Thư mục để ghi các tệp PDF (mặc định: thư mục print/ trong thư mục của bộ dữ liệu).
cli-new = Tạo một hồ sơ mới: một thư mục có sẵn tệp tiếng Việt (index.md) và tệp tiếng Anh (index.en.md) để điền vào.
    .long = Tên thư mục lấy từ tên tiếng Việt, viết thường không dấu: "Thịt dê xông khói" → thit-de-xong-khoi; của xã, phường thì bỏ chữ "Xã", "Phường": "Xã Anh Dũng" → anh-dung. Nếu tên này đã có, ocop ghép thêm tên xã ghi sau --commune (dua-luoi-my-son), rồi thêm một số.
    .examples =
        Ví dụ:
          ocop new product "Thịt dê xông khói" --commune nhon-son
          ocop new producer "Hợp tác xã Nông nghiệp Mỹ Sơn"
          ocop new commune "Xã Lâm Sơn"
          ocop new tourism "Du lịch vườn trái cây Lâm Sơn"
cli-new-kind = Loại hồ sơ: product (sản phẩm), producer (chủ thể: hợp tác xã, doanh nghiệp, hộ sản xuất…), commune (xã, phường, đặc khu) hoặc tourism (điểm du lịch).
cli-new-name = Tên tiếng Việt, đặt trong dấu nháy kép: "Thịt dê xông khói".
cli-new-commune = Tên thư mục của xã (ví dụ nhon-son): được ghi vào hồ sơ, và ghép vào tên thư mục khi tên đã có.
cli-help = Hiện hướng dẫn của ocop, hoặc của một lệnh: ocop help build.
cli-help-command = Lệnh cần xem hướng dẫn.
cli-arg-root = Thư mục của bộ dữ liệu, nơi có content/ và themes/ (dấu chấm là thư mục hiện tại).
cli-arg-today = Ngày được coi là hôm nay, để xét quyết định công nhận OCOP còn hiệu lực hay không, viết theo dạng năm-tháng-ngày: 2026-03-20 (mặc định: ngày hôm nay của máy, hoặc ngày của SOURCE_DATE_EPOCH nếu có).
cli-arg-lang = Ngôn ngữ của các thông báo và của phần hướng dẫn này: vi (tiếng Việt) hoặc en (tiếng Anh). Mặc định: biến OCOP_LANG, rồi default_language của bộ dữ liệu, rồi ngôn ngữ của máy, cuối cùng là tiếng Việt.
cli-arg-help = Hiện phần hướng dẫn này.
    .more = Hiện phần hướng dẫn này (--help: bản đầy đủ).
    .less = Hiện phần hướng dẫn này (-h: bản tóm tắt).
cli-arg-version = Hiện số phiên bản của ocop.

## Lỗi khi gõ lệnh (src/cli/errors.rs)

cli-see-help = xem hướng dẫn: { $command } --help
cli-error-unknown-option = lệnh { $command } không có tùy chọn { $arg }
cli-error-suggest = có phải bạn định gõ { $suggestion } không?
cli-error-example = ví dụ: { $example }
cli-error-extra-word = thừa "{ $arg }" trong lệnh { $command }
    .help = nếu chữ này là một phần của tên thì đặt cả tên trong dấu nháy kép, ví dụ: ocop new product "Thịt dê xông khói"
cli-error-long-dash = "{ $arg }" bắt đầu bằng dấu gạch dài (Word, Zalo, điện thoại tự đổi hai dấu trừ thành dấu này)
    .help = gõ hai dấu trừ: { $fixed }
cli-error-curly-quotes = tên đang nằm trong dấu nháy cong “ ” (Zalo, Word tự đổi), dòng lệnh không hiểu là dấu nháy; gõ lại bằng dấu nháy thẳng: { $fixed }
cli-error-date = viết ngày theo dạng năm-tháng-ngày: { $flag } { $example }
cli-error-invalid-value = { $arg } không nhận giá trị "{ $value }"
cli-error-missing-value = { $arg } cần một giá trị ghi ngay sau nó
cli-error-about-arg = { $arg }: { $help }
cli-error-no-equals = giá trị của { $arg } phải ghi liền sau dấu =
cli-error-missing-argument = lệnh { $command } còn thiếu { $args }
cli-error-unknown-command = { $command } không có lệnh "{ $name }"
cli-error-missing-command = cần ghi tên một lệnh sau { $command }
cli-error-commands = các lệnh: { $commands }
cli-error-repeated = { $arg } chỉ được ghi một lần
cli-error-conflict = { $arg } không dùng cùng được với { $other }
cli-error-too-many-values = { $arg } chỉ nhận một giá trị; thừa "{ $value }"

## ocop new (tạo hồ sơ mới)

new-created = đã tạo { $folder }/index.md và index.en.md
new-look-alike = chú ý: content/{ $section }/{ $other }/ đã có cùng tên, cùng xã; nếu đó là cùng một hồ sơ thì xóa thư mục { $folder } vừa tạo và sửa hồ sơ cũ
new-next = tiếp theo: điền các mục trong index.md và cả index.en.md (tiếng Anh), chép ảnh vào thư mục, rồi chạy ocop check; khi hồ sơ đã đủ, xóa dòng draft = true (nếu có) để đăng
new-empty-slug = "{ $name }" không có chữ hay chữ số nào để làm tên thư mục
new-taken = đã có thư mục content/{ $section }/{ $slug }/. Nếu đây chính là hồ sơ đó, mở content/{ $section }/{ $slug }/index.md để sửa; nếu là hồ sơ khác cùng tên, chạy lại lệnh và thêm --commune <tên thư mục của xã> để ghép tên xã vào tên thư mục (ví dụ { $slug }-my-son)
new-unknown-commune = không có xã nào có thư mục content/communes/{ $given }/; ghi sau --commune tên thư mục của xã (xem các thư mục trong content/communes/), hoặc tạo xã trước bằng lệnh: ocop new commune "Xã …"
new-unknown-commune-suggest = không có xã nào có thư mục content/communes/{ $given }/; có phải bạn định viết --commune { $best } không?
new-io = không tạo được { $path }: { $error }

# issue 21
file-name-clash-case = { $file } và { $other } chỉ khác nhau ở chữ hoa, chữ thường: trên Windows và máy Mac hai tên này là một tệp
    .help = đổi tên một trong hai tệp cho khác hẳn, hoặc xoá tệp thừa
file-name-clash-unicode = { $file } và { $other } là cùng một tên, gõ theo hai kiểu mã dấu khác nhau (một tệp chép từ máy Mac)
    .help = xoá một trong hai tệp: trang web chỉ đăng được một tệp mang tên này
legacy-encoding-maybe = chữ "{ $word }" có thể đã gõ bằng phông { $encoding }, không phải Unicode
    .help = nếu trên trang web chữ này hiện sai thì chuyển tệp sang Unicode: trong Unikey mở "Công cụ chuyển mã" (Ctrl+Shift+F6), nguồn { $encoding }, đích Unicode, rồi lưu với bảng mã UTF-8; nếu chữ đúng như ý thì bỏ qua lời nhắc này
bad-base-url-space = base_url "{ $value }" có dấu cách
    .help = xoá mọi dấu cách trong địa chỉ (cả ở đầu và cuối); giữa các từ dùng dấu gạch ngang "-"
bad-base-url-query = base_url "{ $value }" có phần đuôi sau dấu ? nên phần này sẽ bị dính vào mọi địa chỉ của trang web
    .help = xoá từ dấu ? trở về sau (phần này thường do chép địa chỉ từ Zalo hay Facebook mà có)
bad-base-url-fragment = base_url "{ $value }" có phần đuôi sau dấu # nên phần này sẽ bị dính vào mọi địa chỉ của trang web
    .help = xoá từ dấu # trở về sau
bad-base-url-credentials = base_url có tên đăng nhập hoặc mật khẩu: nó sẽ hiện trên mọi trang
    .help = chỉ ghi địa chỉ trang web, ví dụ base_url = "https://ocop.ninhson.gov.vn", không có phần "tên:mật-khẩu@"; nếu mật khẩu đã lộ thì đổi mật khẩu
insecure-base-url = base_url "{ $value }" không bắt đầu bằng https://: trình duyệt sẽ báo trang web "Không an toàn" và sàn thương mại có thể không nhận đường dẫn
    .help = đăng trang web với https (hỏi đơn vị cho thuê máy chủ) rồi ghi base_url = "https://…"
insecure-base-url-option = --base-url "{ $value }" không bắt đầu bằng https://: trình duyệt sẽ báo trang web "Không an toàn" và sàn thương mại có thể không nhận đường dẫn
    .help = đăng trang web với https (hỏi đơn vị cho thuê máy chủ) rồi ghi --base-url https://…
write-inside-source = không dùng { $path } làm thư mục kết quả được: nó nằm trong { $folder }, là thư mục chương trình đọc để làm trang web; hãy chọn một thư mục riêng bên ngoài, ví dụ ./output
invisible-character = tên hoặc phần tóm tắt có một ký tự vô hình ({ $char }), thường do dán chữ từ trang web hay Zalo; các tệp gửi sàn sẽ bỏ ký tự này
    .help = gõ lại tên hoặc phần tóm tắt, hoặc dán dạng chữ thuần (Ctrl+Shift+V) để bỏ ký tự ẩn
new-not-catalogue = { $root } không phải thư mục của bộ dữ liệu (không có tệp content/site.toml): hãy chạy ocop new trong thư mục của bộ dữ liệu, hoặc thêm --root <thư mục của bộ dữ liệu>
invalid-slug-too-long = tên thư mục { $name } dài quá { $max } chữ
    .help = đổi tên thư mục cho ngắn lại, ví dụ { $slug }; tên thư mục là một phần địa chỉ trang web, tên quá dài thì Windows không chép được

# issue 16 print
bad-print-year = year = { $value } không phải một năm viết đủ bốn chữ số
    .help = ghi năm của đợt công nhận OCOP mà danh mục giới thiệu, đủ bốn chữ số, ví dụ year = 2025; muốn bìa không có số năm lớn thì xóa dòng year
print-summary-files = bản in: { $files } ({ $made } tệp vừa làm; { $reused } tệp lấy lại bản đã làm trước đó với cùng nội dung, đã đúng với dữ liệu hiện tại)
print-written-folder = bản in riêng này nằm trong thư mục { $folder }; thư mục print trong output là bản in có đủ mọi sản phẩm, do ocop build làm

# issue 15 administrative units
incomplete-merger-date = có dòng merged_into = "{ $slug }" (đơn vị này đã sáp nhập vào đơn vị khác) nhưng chưa ghi từ ngày nào
    .help = thêm dòng merged_on = 2025-07-01 (ngày việc sáp nhập có hiệu lực, viết không có dấu nháy)
incomplete-merger-target = có dòng merged_on (ngày sáp nhập) nhưng chưa ghi đơn vị này sáp nhập vào đâu
    .help = thêm dòng merged_into = "…" với tên thư mục (trong content/communes/) của xã, phường mà nó sáp nhập vào; nếu đơn vị này vẫn còn thì xóa dòng merged_on
current-township = kind = "township" (thị trấn): từ ngày 01/07/2025 không còn thị trấn nữa
    .help = nếu thị trấn này đã sáp nhập vào đơn vị khác (như phần lớn thị trấn) thì giữ nguyên kind và thêm hai dòng merged_into = "…" và merged_on = 2025-07-01; nếu nay là một đơn vị riêng thì ghi kind = "commune" (xã) hoặc kind = "ward" (phường)
merger-cycle = dòng merged_into của "{ $slug }" đi thành vòng tròn, không dẫn tới đơn vị hiện nay: { $chain }
    .help = đơn vị đang tồn tại hiện nay là đơn vị cuối cùng và không có merged_into: xóa hai dòng merged_into và merged_on trong hồ sơ của đơn vị đó
merger-cycle-self = merged_into = "{ $slug }" ghi chính hồ sơ này
    .help = ghi tên thư mục (trong content/communes/) của xã, phường mà đơn vị này đã sáp nhập vào; nếu đơn vị này vẫn còn thì xóa hai dòng merged_into và merged_on
former-commune-current = former_commune = "{ $former }" ghi { $name }, là đơn vị hiện nay vẫn còn (hồ sơ của nó không có merged_into)
    .help = former_commune chỉ dùng để ghi xã, phường cũ trước khi sáp nhập: xóa dòng này; nếu { $name } đã sáp nhập vào đơn vị khác thì thêm merged_into và merged_on vào hồ sơ của nó
former-commune-mismatch = former_commune = "{ $former }" đã sáp nhập vào { $name } ("{ $current }"), nhưng commune lại ghi "{ $commune }"
    .help = sửa thành commune = "{ $current }", hoặc sửa former_commune thành một xã, phường cũ đã sáp nhập vào "{ $commune }"
former-unit = commune = "{ $slug }" ghi { $former }, là đơn vị cũ: từ ngày { $date } đã thuộc { $name }
    .help = sửa thành commune = "{ $current }" và thêm dòng former_commune = "{ $slug }" (để ghi lại xã, phường cũ)
former-unit-producer = commune = "{ $slug }" ghi { $former }, là đơn vị cũ: từ ngày { $date } đã thuộc { $name }
    .help = sửa thành commune = "{ $current }" (và ghi địa chỉ theo tên mới)
former-unit-keep = commune = "{ $slug }" ghi { $former }, là đơn vị cũ: từ ngày { $date } đã thuộc { $name }
    .help = sửa thành commune = "{ $current }" (giữ nguyên dòng former_commune = "{ $kept }")
abolished-unit = { $name } không còn nữa: từ ngày { $date } đã thuộc { $successor }
    .help = giữ hồ sơ này cho đơn vị cũ: thêm hai dòng merged_into = "{ $slug }" và merged_on = { $merged_on }; sản phẩm và chủ thể ở đó thì ghi commune = "{ $slug }"
abolished-unit-new = { $name } không còn nữa: từ ngày { $date } đã thuộc { $successor }
    .help = giữ hồ sơ này cho đơn vị cũ: thêm hai dòng merged_into = "{ $slug }" và merged_on = { $merged_on }, rồi tạo hồ sơ của { $successor } trong thư mục content/communes/{ $slug }/ (ghi kind, name và province)
unknown-reference-former = { $key } ghi "{ $slug }", nhưng không có thư mục content/{ $section }/{ $slug }/: { $former } là đơn vị cũ, nay đã thuộc { $name }
    .help = sửa thành { $key } = "{ $best }"
unknown-reference-former-new = { $key } ghi "{ $slug }", nhưng không có thư mục content/{ $section }/{ $slug }/: { $former } là đơn vị cũ, nay đã thuộc { $name }
    .help = tạo hồ sơ của { $name } trong thư mục content/communes/{ $best }/ (ghi kind, name và province), rồi ghi { $key } = "{ $best }"

## Địa chỉ cũ (`aliases`) và chuyển hướng (issue #15).
bad-alias-absolute = aliases: "{ $value }" là địa chỉ web đầy đủ; địa chỉ cũ chỉ ghi phần đường dẫn trong trang này
    .help = chỉ ghi phần từ dấu "/" sau tên miền trở đi, ví dụ "/san-pham/nho-say/"
bad-alias-query = aliases: "{ $value }" có phần "?" hoặc "#" ở sau, địa chỉ trang không giữ được phần này
    .help = xóa từ dấu "?" hoặc "#" trở về sau
bad-alias-space = aliases: "{ $value }" có dấu cách hoặc dấu "\" ở trong
    .help = ghi đường dẫn như trình duyệt hiển thị, dùng dấu "/" giữa các thư mục, không có dấu cách
bad-alias-root = aliases: "{ $value }" là địa chỉ trang chủ
    .help = bỏ địa chỉ này khỏi aliases: trang chủ lúc nào cũng có
bad-alias-dots = aliases: "{ $value }" có phần trống, "." hoặc ".." giữa các dấu "/"
    .help = ghi đường dẫn như trình duyệt hiển thị, ví dụ "/san-pham/nho-say/"
bad-alias-character = aliases: "{ $value }" có ký tự không dùng được trong địa chỉ web (" < > {"{"} {"}"} | ^ `)
    .help = ghi đường dẫn như trình duyệt hiển thị, ví dụ "/san-pham/nho-say/"
alias-clash-own = aliases: "{ $path }" là địa chỉ hiện nay của chính trang này ({ $page })
    .help = bỏ địa chỉ này khỏi aliases: trang vẫn ở đó
alias-clash-repeated = aliases: "{ $path }" được ghi hai lần trong danh sách này
    .help = bỏ bớt một lần
alias-clash-translation = aliases: "{ $path }" có ở cả hai tệp ngôn ngữ của hồ sơ này (tệp kia là { $other })
    .help = để ở index.md nếu địa chỉ cũ là trang tiếng Việt, ở index.en.md nếu là trang tiếng Anh
alias-clash-page = aliases: "{ $path }" là địa chỉ của một trang đang có ({ $page }), ghi vào sẽ mất trang đó
    .help = bỏ địa chỉ này khỏi aliases; nếu địa chỉ cũ phải dẫn về đây thì đổi tên hoặc bỏ trang kia trước
alias-clash-reserved = aliases: "{ $path }" nằm trong thư mục hay tệp do chương trình tự làm (ki-ốt, tệp gửi sàn, bản in, trang tìm kiếm, tệp của giao diện)
    .help = bỏ địa chỉ này khỏi aliases: không giữ được địa chỉ cũ đó
alias-clash-alias = aliases: "{ $path }" có ở hai hồ sơ (hồ sơ kia là { $other })
    .help = chỉ giữ ở hồ sơ mà địa chỉ cũ thuộc về, xóa ở hồ sơ còn lại
many-redirects = trang web có { $count } địa chỉ cũ (aliases): một số nơi cho thuê máy chủ chỉ đọc khoảng { $limit } dòng của tệp _redirects
    .help = không cần làm gì nếu trang được đăng ở nơi khác: các trang chuyển hướng chạy ở mọi nơi; Netlify chỉ nên dùng dưới 1.000 dòng, Cloudflare Pages đọc 2.000 dòng, quá số đó chỉ mất mã 301
