## The signs page. Each sign: its name, what it means (-text) and what the drawing shows (-desc,
## read by screen readers). The list is in src/model/signs.rs.

signs-group-standard = Standart xəbərdarlıq nişanı
signs-group-standard-intro = Minalanmış ərazilər kənarları boyunca, yaxınlaşan hər kəsin görə biləcəyi nişanlarla işarələnir. Beynəlxalq qaydalara görə (Müəyyən Adi Silahlar haqqında Konvensiyanın dəyişdirilmiş II Protokolu) nişan sarı əksetdirici haşiyəli qırmızı və ya narıncı üçbucaq və ya kvadratdır; üzərində kəllə və çarpaz sümüklər və ya hamıya tanış olan başqa təhlükə simvolu və yerli dildə “mina” sözü olur. Azərbaycandakı nişanlar bu şəkillərdən fərqli görünə bilər: onlara bənzəyən istənilən nişan “dayan, irəli getmə” deməkdir.
# The words on the drawn signs: Azerbaijani and English, as on signs in Azerbaijan,
# whatever the page language.
sign-word-local = MİNA
sign-word-international = MINES
sign-triangle = Üçbucaq nişan
sign-triangle-text = Qırmızı və ya narıncı, sarı haşiyə, kəllə və çarpaz sümüklər, “mina” sözü. Onun o tayına keçməyin.
sign-triangle-desc = Sarı haşiyəli qırmızı üçbucaq, üzərində ağ kəllə və çarpaz sümüklər və MİNA sözü.
sign-square = Kvadrat nişan
sign-square-text = Eyni xəbərdarlıq kvadrat nişanda, çox vaxt iki dildə. Onun o tayına keçməyin.
sign-square-desc = Dirək üzərində sarı haşiyəli qırmızı kvadrat nişan, üzərində ağ kəllə və çarpaz sümüklər, MİNA və MINES sözləri.
sign-tape = Lent
sign-tape-text = Ərazinin ətrafına çəkilmiş qırmızı-ağ və ya sarı lent onu bağlayır. Lentdən heç vaxt keçməyin və onu tərpətməyin.
sign-tape-desc = İki dirək arasında çəkilmiş qırmızı-ağ və sarı lentlər.
signs-group-improvised = İnsanların düzəltdiyi nişanlar
signs-group-improvised-intro = Rəsmi nişan olmayan yerdə yerli sakinlər, hərbçilər və ya minaaxtaranlar təhlükəni çox vaxt əllərində olanla işarələyirlər. Bu nişanlar heç bir standarta uyğun deyil: onların hər biri mina demək ola bilər.
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
sign-red-stones-text = Tək-tək və ya topa halında qırmızıya boyanmış daşlar.
sign-red-stones-desc = Ən üstdəki daşı qırmızıya boyanmış kiçik boz daş topası.
sign-painted-words = Boya ilə yazılmış sözlər
sign-painted-words-text = Divara, hasara, taxtaya və ya dağılmış maşına yazılmış xəbərdarlıq.
sign-painted-words-desc = Üzərində qırmızı boya ilə MİNA yazılmış divar.
sign-branches = Budaq topası
sign-branches-text = Cığırı bağlamaq üçün onun üstünə yığılmış budaqlar.
sign-branches-desc = Cığırın üstünə yığılmış budaq topası.
signs-group-danger = Nişansız təhlükə
signs-group-danger-intro = Təhlükəli yerlərin çoxunda heç bir nişan yoxdur. Bunlar yaxınlıqda mina və ya partlamamış hərbi sursat ola biləcəyini göstərən əlamətlərdir. Birini görsəniz, dayanın və gəldiyiniz yolla geri qayıdın.
sign-positions = Köhnə mövqelər və səngərlər
sign-positions-text = Səngərlər, sığınacaqlar, atəş mövqeləri və köhnə bazalar döyüş getmiş yerlərdir.
sign-positions-desc = Kənarı boyunca qum kisələri olan ziqzaq səngər.
sign-unused-path = İstifadə olunmayan cığırlar
sign-unused-path-text = Artıq heç kimin getmədiyi, otla örtülmüş cığır və ya yol.
sign-unused-path-desc = Otluqda itib gedən zəif cığır.
sign-overgrown = Ot basmış sahələr
sign-overgrown-text = İllərdir becərilməyən əkin sahələri, hündür otlar və sıx kolluqlar.
sign-overgrown-desc = Sahəni örtmüş hündür otlar.
sign-wreck = Dağılmış texnika
sign-wreck-text = Yanmış və ya atılmış maşınlar və texnika keçmiş döyüşlərin əlamətidir.
sign-wreck-desc = Təkərsiz, yanmış avtomobil.
sign-crater = Çalalar
sign-crater-text = Partlayışlardan yerdə qalmış çuxurlar.
sign-crater-desc = Ətrafına torpaq səpələnmiş dəyirmi çuxur.
sign-wire = Məftillər
sign-wire-text = Cığırın üstündən, yerə yaxın və ya qapının ağzında çəkilmiş nazik məftil partlayıcını işə sala bilər.
sign-wire-desc = Cığırın üstündən iki payanın arasına çəkilmiş nazik məftil.
sign-ordnance = Görünən sursat
sign-ordnance-text = Yerdə və ya yarısı torpağa batmış mərmilər, metal qəlpələr və ya qəribə əşyalar. Yaxınlaşmayın, toxunmayın.
sign-ordnance-desc = Yarısı torpağa batmış metal əşya.

## Viktorinanın şəkilləri (nişan deyil): adı və şəkildə nə göstərildiyi.
sign-ball = Nişanın arxasında top
sign-ball-desc = Üzərində qırmızı xəbərdarlıq nişanı olan dirəyin arxasında, hündür otların içində mavi top.
sign-ruin = Uçuq ev
sign-ruin-desc = Damı və divarları dağılmış ev, yanında daş-kəsək.
sign-phone = Telefon
sign-phone-desc = Ekranında 112 nömrəsi olan mobil telefon.
