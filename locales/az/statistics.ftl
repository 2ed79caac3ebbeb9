## Statistika səhifəsi: rəsmi rəqəmlər, xronologiya, diaqramlar və cədvəllər.

headline-heading = Rəsmi say
# $n: the figure shown before this text (the words do not change with it in Azerbaijani).
headline-total-text = { $n ->
   *[other] nəfər 2020-ci ilin noyabrından bəri Azərbaycanda minalardan və partlamamış hərbi sursatdan həlak olub və ya yaralanıb
}
headline-said = Rəqəmin açıqlandığı tarix: { $date }. Açıqlayan: { $speaker }.
headline-as-of = Bu səhifədəki rəqəmlər { $date } tarixinə qədərdir: ondan sonra yeni açıqlama tapılmayıb. Sənədləşdirilmiş son hadisə: { $incident }.
headline-civilians = Mülki şəxsləri ayrıca göstərən son açıqlama:
headline-disagree = Rəsmi qurumların rəqəmləri bəzən, hətta eyni gündə, bir-iki nəfər fərqlənir. Xronologiya hər açıqlamanı onu verənlə birlikdə göstərir; sayt heç birini yenidən hesablamır.
sample-note-label = Bu rəqəmlər haqqında
sample-note = Bu səhifədəki hadisələr sənədləşdirilmiş seçmədir: xəbərlərdə, adətən tarixi və yeri ilə verilən hadisələr. Tam sayı isə rəsmi rəqəmlər göstərir. Ona görə də hadisələrin cəmi rəsmi rəqəmlə üst-üstə düşmür, diaqramlar isə yalnız sənədləşdirilmiş hadisələri göstərir.

figure-total = cəmi { $n }
figure-killed = həlak olub: { $n }
figure-injured = yaralanıb: { $n }
figure-civilians = onlardan mülki şəxslər: { $parts }

timeline-heading = Xronologiya
timeline-intro = Xətt rəsmi ümumi sayı göstərir, üzərindəki hər nöqtə bir açıqlamadır. Xəttin altında hər sənədləşdirilmiş hadisə göstərilir. Bir dövrə baxmaq üçün böyüdün, sürüşdürün və süzgəc seçin. Təfərrüatı və mənbələri görmək üçün işarəni seçin.
timeline-controls-label = Göstərilən dövr
timeline-zoom-in = Böyüt
timeline-zoom-out = Kiçilt
timeline-earlier = Geri
timeline-later = İrəli
timeline-show-all = Bütün dövr
timeline-from = Başlanğıc
timeline-to = Son
timeline-selection = { $from } – { $to }: { $incidents } sənədləşdirilmiş hadisə, həlak olan: { $killed }, yaralanan: { $injured }.
timeline-keys = Xronologiyanı sürüşdürmək və böyütmək üçün barmaqla çəkin və ya iki barmaqla açın, yaxud düymələrdən istifadə edin. Klaviatura: ← və → bir işarədən o birinə keçir, + və − böyüdür və kiçildir, Page Up və Page Down dövrü sürüşdürür, Esc təfərrüatı bağlayır.
timeline-needs-js = Bu telefonda böyütmə, süzgəclər və təfərrüat işləmirsə, işarəyə toxunun: «{ page-statistics-table-title }» adlı ayrıca səhifə açılacaq, bu işarə orada cədvəlin bir sətridir.
timeline-drawing-needs-js = Aşağıda xronologiya görünmürsə, eyni məlumatlara ayrıca səhifədəki cədvəllərdə baxın:
timeline-list-help = Aylar köhnədən yeniyə düzülüb. Təfərrüatı və mənbələri görmək üçün işarəyə toxunun: onlar həmin ayın altında açılacaq. Dövrü düymələrlə, hadisələri isə süzgəclərlə seçin.
timeline-line-label = Rəsmi ümumi say
timeline-lane-label = Sənədləşdirilmiş hadisələr
timeline-statement-label = Açıqlama, { $date }: { $figures }. { table-speaker }: { $speaker }
timeline-incident-label = Hadisə, { $date }, { $place }: { $figures }
timeline-bin-label = { $month }: { $incidents } hadisə, həlak olan: { $killed }, yaralanan: { $injured }. Böyütmək üçün seçin.
timeline-month-more = { $month }: cəmi { $incidents } hadisə. Hamısı aşağıdakı hadisələr cədvəlindədir.
legend-statement = ümumi sayı göstərən açıqlama
legend-statement-parts = ümumi sayı yox, yalnız həlak olanların və yaralananların sayını ayrıca verən açıqlama (nöqtə onların cəminin səviyyəsindədir)
legend-killed = kiminsə həlak olduğu hadisə
legend-injured = yaralananların olduğu, həlak olanın olmadığı hadisə
place-not-stated = yer göstərilməyib

filters-heading = Süzgəclər
filter-district = Rayon
filter-category = Kim zərər çəkib
filter-device = Nə partlayıb
filter-outcome = Nəticə
outcome-any = Hamısı
outcome-killed = Həlak olan var
outcome-injured = Yaralanan var
filters-clear = Süzgəcləri sıfırla

details-heading = Təfərrüat
details-empty = Təfərrüatı burada görmək üçün xronologiyada bir işarə seçin.
details-close = Təfərrüatı bağla
details-figures = Həlak olan və yaralanan
details-who = Kim zərər çəkib
details-activity = Nə ilə məşğul idilər
details-device = Nə partlayıb
details-confidence = Nə dərəcədə dəqiqdir

charts-heading = Seçilmiş dövrün diaqramları
charts-intro = Seçilmiş dövrdə sənədləşdirilmiş hadisələrdə həlak olan və yaralananlar; rəsmi ümumi say deyil.
chart-per-year = İllər üzrə həlak olan və yaralananlar
chart-per-district = Rayonlar üzrə həlak olan və yaralananlar
chart-per-category = Kim zərər çəkib: həlak olan və yaralananlar qruplar üzrə (iki qrupdan zərər çəkəni olan hadisə hər iki qrupda sayılır)
chart-empty = Bu seçimdə sənədləşdirilmiş hadisə yoxdur.

table-heading = Seçim cədvəl şəklində
table-incidents-caption = Seçimdəki sənədləşdirilmiş hadisələr: { $count }
table-cut = { $count } hadisədən yalnız ilk { $shown } hadisə göstərilir. Qalanlarını görmək üçün dövrü qısaldın və ya daha çox süzgəc seçin.
table-statements-caption = Bu dövrdə rəsmi ümumi say barədə açıqlamalar
table-page-intro = Sənədləşdirilmiş bütün hadisələr və rəsmi ümumi say barədə bütün açıqlamalar ayrıca səhifədə də var, hər biri mənbəyi ilə. Orada onları xronologiyaya baxmadan oxumaq və çap etmək olar:
table-all-incidents-caption = Sənədləşdirilmiş hadisələr: { $count }
table-all-statements-caption = Rəsmi ümumi say barədə açıqlamalar
table-page-back = Statistikaya və xronologiyaya qayıt
table-date = Tarix
table-place = Yer
table-killed = Həlak olub
table-injured = Yaralanıb
table-who = Kim
table-device = Nə partlayıb
table-sources = Mənbələr
table-figures = Açıqlanmış rəqəmlər
table-speaker = Kim açıqlayıb

context-heading = Mülki şəxslər, minalarla çirklənmə və minatəmizləmə
context-civilians = Mülki şəxslər
context-contamination = Minalarla çirklənmə
context-clearance = Minatəmizləmə
context-range = { $low } ilə { $high } arasında (təxminlər fərqlənir)
# One statement of a figure: $figure, who said it, when (a date or "date not stated").
context-said = { $figure } — { $speaker }, { $date }.
measure-civilian-share-of-killed-pct = Həlak olanlar arasında mülki şəxslər
measure-mines-laid = Çirklənmiş ərazilərdəki minalar (təxmini say)
measure-mines-and-uxo = Minalar və partlamamış hərbi sursat birlikdə (təxmini say)
measure-mines-made-2021 = Tapılmış minalardan 2021-ci ildə Ermənistanda istehsal edildiyi bildirilənlər (cəmi)
measure-mines-made-2021-kalbajar-lachin = Onlardan Kəlbəcər və Laçında tapılanlar
measure-mines-made-2021-karabakh = Onlardan Qarabağ iqtisadi rayonunda tapılanlar
measure-contaminated-area-km2 = Çirklənmiş ərazi
measure-mined-area-km2 = Minalanmış ərazi
measure-area-to-clear-km2 = Hələ minalardan təmizlənməli olan ərazi
measure-share-of-country-pct = Ölkə ərazisinin çirklənmiş hissəsi
measure-cleared-ha = Minalardan təmizlənmiş ərazi
measure-items-found = Tapılmış minalar və digər partlayıcı əşyalar
measure-ap-mines-found = Tapılmış piyada əleyhinə minalar
measure-at-mines-found = Tapılmış tank əleyhinə minalar
measure-uxo-found = Tapılmış partlamamış hərbi sursat
qualifier-exact = { $value }
qualifier-about = təxminən { $value }
# $harmony: the vowel of the suffix after the number as read aloud ("1.000.000-dan", "248.000-dən"), from the site.
qualifier-more-than = { $harmony ->
    [back] { $value }-dan çox
   *[front] { $value }-dən çox
}
qualifier-nearly = az qala { $value }
qualifier-or-slightly-more = { $value } və ya bir qədər çox
unit-km2 = { $value } km²
unit-ha = { $value } ha
unit-pct = { $value }%
unit-count = { $value }

## Məlumat fayllarının sözləri (src/model/vocab.rs).

district-aghdam = Ağdam
district-aghdara = Ağdərə
district-fuzuli = Füzuli
district-gazakh = Qazax
district-goranboy = Goranboy
district-gubadli = Qubadlı
district-jabrayil = Cəbrayıl
district-kalbajar = Kəlbəcər
district-khojaly = Xocalı
district-khojavend = Xocavənd
district-lachin = Laçın
district-shahbuz = Şahbuz
district-shusha = Şuşa
district-tartar = Tərtər
district-yevlakh = Yevlax
district-zangilan = Zəngilan
district-not-stated = Rayon göstərilməyib
category-civilian = Mülki şəxs
category-farmer = Fermer və ya çoban
category-worker = İşçi
category-journalist = Jurnalist
category-official = Dövlət qulluqçusu
category-military = Hərbçi
category-police = Polis əməkdaşı
category-border-guard = Sərhədçi
category-deminer = Minaaxtaran
device-ap = Piyada əleyhinə mina
device-at = Tank əleyhinə mina
device-mine = Mina, növü göstərilməyib
device-cluster = Kasetli sursat
device-uxo = Digər partlamamış hərbi sursat
device-unknown = Göstərilməyib
activity-farming = Kənd təsərrüfatı işi
activity-herding = Mal-qara otarma
activity-construction = Tikinti və ya bərpa
activity-demining = Minatəmizləmə
activity-duty = Xidməti vəzifə
activity-travel = Yolda
activity-household = Məişət işi
activity-unknown = Göstərilməyib
confidence-confirmed = Bir-biri ilə uyğun gələn iki və ya daha çox mənbə
confidence-single-source = Bir mənbə
confidence-approximate-date = Tarix təxminidir
confidence-inferred-year = İl ehtimal olunur
confidence-conflicting = Mənbələr fərqlənir
confidence-minimum-count = Ən azı bu qədər: mənbələr dəqiq sayı vermir
confidence-stated = Mənbədə açıqlandığı kimi
confidence-inferred-date = Bu açıqlamanın tarixi xəbərə əsasən təxmin edilib
