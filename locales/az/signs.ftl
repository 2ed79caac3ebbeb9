## The signs page. Each sign: its name, what it means (-text) and what the drawing shows (-desc,
## read by screen readers). The list is in src/model/signs.rs.

signs-group-standard = Standart xəbərdarlıq nişanı
signs-group-standard-intro = Minalanmış ərazinin kənarı boyunca nişanlar qoyulur ki, yaxınlaşan hər kəs onları görsün. Beynəlxalq qaydalara görə nişan qırmızı və ya narıncı rəngli üçbucaq, ya da kvadrat olur, kənarına sarı işıqqaytaran haşiyə çəkilir. Üzərində kəllə və çarpaz sümüklər (və ya başqa tanış təhlükə işarəsi) olur, “mina” sözü yerli dildə və BMT-nin altı rəsmi dilindən birində (məsələn, ingilis və ya rus dilində) yazılır. Şəkillər nümunədir: Azərbaycandakı nişanlar başqa cür görünə bilər. Buna bənzər istənilən nişan “dayan, irəli getmə” deməkdir.
# The words on the drawn signs, whatever the page language: the word for mines in
# Azerbaijani and in English, as examples (no source gives the exact text of Azerbaijan's signs).
sign-word-local = MİNA
sign-word-international = MINES
sign-triangle = Üçbucaqlı nişan
sign-triangle-text = Qırmızı və ya narıncı, sarı haşiyəli, kəllə və çarpaz sümüklü, üzərində “mina” sözü. Nişandan o yana keçməyin.
sign-triangle-desc = Sarı haşiyəli qırmızı üçbucaq. Üzərində ağ kəllə və çarpaz sümüklər, bir də “mina” sözü var.
sign-square = Kvadrat formalı nişan
sign-square-text = Eyni xəbərdarlıq kvadrat nişanda, çox vaxt iki dildə. Nişandan o yana keçməyin.
sign-square-desc = Dirəyə bərkidilmiş, sarı haşiyəli qırmızı kvadrat nişan. Üzərində ağ kəllə və çarpaz sümüklər, bir də iki dildə “mina” sözü var.
sign-tape = Lent
sign-tape-text = Ərazinin ətrafına çəkilmiş qırmızı-ağ və ya sarı lent “bura girmək olmaz” deməkdir. Lentin o biri tərəfinə heç vaxt keçməyin, onu yerindən tərpətməyin.
sign-tape-desc = İki dirək arasında çəkilmiş qırmızı-ağ və sarı lentlər.
signs-group-improvised = Adamların öz əli ilə qoyduğu nişanlar
signs-group-improvised-intro = Rəsmi nişan olmayan yerdə yerli sakinlər, hərbçilər və ya minaaxtaranlar təhlükəni əllərinə keçən şeylə işarələyirlər. Belə nişanların müəyyən forması yoxdur: hər biri mina demək ola bilər. Aşağıdakılar başqa ölkələrdə görülmüş nümunələrdir.
sign-crossed-sticks = Çarpaz çubuqlar
sign-crossed-sticks-text = Çarpaz qoyulub yerə sancılmış iki çubuq.
sign-crossed-sticks-desc = Yerə sancılmış, X kimi çarpazlaşan iki çubuq.
sign-tied-sticks = Otla bağlanmış çubuqlar
sign-tied-sticks-text = Otla bağlanıb yolun və ya cığırın üstünə çarpaz qoyulmuş iki çubuq.
sign-tied-sticks-desc = Cığırın üstündə çarpaz uzanan, otla bir-birinə bağlanmış iki çubuq.
sign-red-cloth = Budaqda qırmızı parça
sign-red-cloth-text = Budağa və ya kola bağlanmış qırmızı əsgi və ya parlaq lent.
sign-red-cloth-desc = Qırmızı parça bağlanmış çılpaq budaq.
sign-red-stones = Qırmızıya boyanmış daşlar
sign-red-stones-text = Üstü qırmızı rəngə boyanmış daşlar.
sign-red-stones-desc = Bir neçə boz daş, ən üstdəki qırmızıya boyanıb.
sign-painted-words = Boya ilə yazılmış sözlər
sign-painted-words-text = Divara, hasara, taxtaya və ya dağılmış maşına yazılmış xəbərdarlıq.
sign-painted-words-desc = Üzərinə qırmızı boya ilə “mina” sözü yazılmış divar.
sign-branches = Budaq qalağı
sign-branches-text = Cığırı bağlamaq üçün üstünə yığılmış budaqlar.
sign-branches-desc = Cığırın üstünə yığılmış budaq qalağı.
signs-group-danger = Nişansız təhlükə
signs-group-danger-intro = Təhlükəli yerdə həmişə nişan olmur. Bunlar yaxınlıqda mina və ya partlamamış hərbi sursat ola biləcəyini göstərən əlamətlərdir. Belə bir əlaməti qabaqda görsəniz, dayanın, gəldiyiniz yolla qayıdın və məlumat verin. Əgər onlar hər tərəfinizdədirsə, ola bilər ki, artıq minalanmış ərazidəsiniz: yerinizdə durun və 112 nömrəsinə zəng edin (bax: “{ page-emergency-title }”).
sign-positions = Köhnə mövqelər və səngərlər
sign-positions-text = Səngərlər, sığınacaqlar, atəş mövqeləri və köhnə bazalar döyüş getmiş yerləri göstərir.
sign-positions-desc = Kənarı boyunca qum kisələri olan ziqzaq səngər.
sign-unused-path = Heç kimin getmədiyi cığırlar
sign-unused-path-text = Artıq heç kimin getmədiyi, ot basmış cığır və ya yol.
sign-unused-path-desc = Otluqda itib gedən, güclə seçilən cığır.
sign-overgrown = Ot basmış sahələr
sign-overgrown-text = İllərlə əkilməyən sahələr, hündür otluq və sıx kolluq.
sign-overgrown-desc = Sahəni örtmüş hündür otlar.
sign-wreck = Dağılmış texnika
sign-wreck-text = Yanmış və ya tərk edilmiş maşınlar və texnika keçmiş döyüşlərin əlamətidir. Onlara yaxınlaşmayın.
sign-wreck-desc = Təkərsiz, yanmış avtomobil.
sign-crater = Çalalar
sign-crater-text = Partlayışlardan yerdə qalmış çuxurlar.
sign-crater-desc = Ətrafına torpaq səpələnmiş dəyirmi çuxur.
sign-wire = Məftillər
sign-wire-text = Cığırın üstündən, yerə yaxın və ya qapının ağzında çəkilmiş nazik məftil (tələ məftili) partlayışa səbəb ola bilər.
sign-wire-desc = Cığırın üstündən, iki paya arasında çəkilmiş nazik məftil.
sign-ordnance = Görünən sursat
sign-ordnance-text = Yerin üstündə qalan və ya yarısı torpağa batmış mərmilər, metal qəlpələr, naməlum əşyalar. Yaxınlaşmayın, toxunmayın.
sign-ordnance-desc = Yarısı torpağa batmış metal əşya.

## Scenes the quiz draws (not signs): a name and what the picture shows.
sign-ball = Nişanın arxasında top
sign-ball-desc = Üzərində qırmızı xəbərdarlıq nişanı olan dirəyin arxasında, hündür otların içində mavi top.
sign-ruin = Uçuq ev
sign-ruin-desc = Damı və divarları dağılmış ev, yanında daş-kəsək.
sign-tell = Uşaq böyüyə danışır
sign-tell-desc = Kiçik uşaq böyük adama nəsə deyir, böyük də onu dinləyir.
sign-phone = Telefon
sign-phone-desc = Ekranında 112 nömrəsi olan mobil telefon.
