## The quiz's questions. For each: the question, its answers, the explanation shown after
## answering (-why) and, for some wrong answers, why that answer is risky (-ANSWER-risk,
## shown to whoever chose it). Which answer is right, which wrong ones are explained, the
## picture and the sources: src/schools/model/quiz/ (younger.rs, older.rs).

## Ages 6–11. A child's words (sən); no technical detail about ordnance. The three words
## everywhere: Dayan. Toxunma. Böyüklərə de.

quiz-ball = Topun qırmızı xəbərdarlıq nişanından o yana, otluğa diyirləndi. Nə edərsən?
quiz-ball-fetch = Qaçıb tez götürərəm.
quiz-ball-leave = Topu olduğu yerdə qoyub böyüklərə deyərəm.
quiz-ball-stick = Uzun çubuqla çəkib götürərəm.
quiz-ball-why = Nişandan, hasardan və lentdən o yana heç vaxt keçmə, top üçün də, oyuncaq üçün də. Yeni top almaq olar. Topu qoy və böyüklərə de.
quiz-ball-fetch-risk = Nişandan o yana bir anlığa da keçsən, təhlükəli yerə girmiş olursan. Top buna dəyməz.
quiz-ball-stick-risk = Çubuqla da təhlükəli yerə toxunmuş olursan. Topu qoy: böyüklər kömək çağırar.

quiz-object = Məktəbə gedəndə cığırın yanında qəribə bir şey görürsən. Dəmir də ola bilər, plastik də, köhnə də ola bilər, təzə də. Nə edərsən?
quiz-object-pick-up = Götürüb müəllimə apararam.
quiz-object-kick = Heç kim ilişib yıxılmasın deyə, onu təpikləyib cığırdan kənara ataram.
quiz-object-go-back = Dayanaram, gəldiyim yolla geri qayıdaram və böyüklərə deyərəm.
quiz-object-why = Qəribə şey zərərsiz, hətta maraqlı görünə bilər. Ona toxunma: balaca bir şey də partlaya bilər. Dayan, gəldiyin yolla geri qayıt və dərhal böyüklərə de.
quiz-object-kick-risk = Təpik vursan, partlaya bilər, balaca olsa da. Ona heç toxunma, ayağınla da.

quiz-sign = Bu nişan sənə nə deyir?
quiz-sign-danger = Təhlükə var, mina var. Nişandan o yana keçmə.
quiz-sign-old = Bu, köhnə nişandır, artıq heç nə demək deyil.
quiz-sign-careful = Ehtiyatla getsən, keçmək olar.
quiz-sign-why = Üzərində kəllə və çarpaz sümüklər olan qırmızı nişan mina deməkdir, köhnə olsa da. Dayan, nişandan o yana keçmə.
quiz-sign-old-risk = Köhnə nişan da təhlükə deməkdir: köhnə minalar da partlaya bilər.
quiz-sign-careful-risk = Ehtiyatla getmək kömək etmir: təhlükəni görmək olmur.

quiz-sticks = Cığırın yanında iki çubuq çarpaz qoyulub, yerə sancılıb. Bu nə deməkdir?
quiz-sticks-toy = Heç nə: onları götürüb oynamaq olar.
quiz-sticks-danger = Kimsə orada təhlükə olduğunu bildirib. Ora getmə və böyüklərə de.
quiz-sticks-walk-past = Çubuqdur da, yanından keçib getmək olar.
quiz-sticks-why = Adamlar təhlükəli yerə əllərinə keçən şeylə işarə qoyurlar: çarpaz çubuq, qırmızı parça, boyanmış daş. Onlara toxunma, onlardan o yana keçmə.
quiz-sticks-walk-past-risk = Bu çubuqları kimsə qəsdən qoyub. Orada başqa nişan olmaya bilər. Onlardan o yana keçmə.

quiz-play = Harada oynamaq olar?
quiz-play-grass = Hündür otluqda, heç kimin məni görmədiyi yerdə.
quiz-play-ruins = Boş, uçuq evdə.
quiz-play-grown-ups = Yalnız böyüklərin “burada oynamaq olar” dediyi yerdə.
quiz-play-why = Yalnız böyüklərin “burada oynamaq olar” dediyi yerdə oyna. Hündür otluğa, kola və uçuq evlərə girmə.

quiz-friend = Dostun qəribə bir şey tapıb, evə aparmaq istəyir. Nə edərsən?
quiz-friend-stop = Dostuma deyərəm ki, ona toxunmasın. Birlikdə uzaqlaşıb böyüklərə deyərik.
quiz-friend-help = Onu aparmağa dostuma kömək edərəm.
quiz-friend-stones = Nə olacağını görmək üçün ona daş atarıq.
quiz-friend-why = Ona toxunma, ona heç nə atma. Dostuna de ki, dayansın. Birlikdə uzaqlaşın və dərhal böyüklərə deyin.
quiz-friend-stones-risk = Daş dəysə, partlaya bilər. Qəribə şeyə heç vaxt heç nə atma.

quiz-shortcut = Evə gedən yol uzundur. Heç kimin getmədiyi otluqdan keçən qısa yol da var. Hansı yolla gedərsən?
quiz-shortcut-shortcut = Otluqdan keçən qısa yolla.
quiz-shortcut-path = Hamının hər gün getdiyi cığırla.
quiz-shortcut-older = Qısa yolla, əgər böyük uşaqlar da oradan gedirsə.
quiz-shortcut-why = Hamının hər gün getdiyi cığırla get. Heç kimin getmədiyi otluqda təhlükə ola bilər. Böyük uşaqlar gedirsə də, o yolla getmə.
quiz-shortcut-older-risk = Böyük uşaqlar da səhv edə bilər. Heç kimin getmədiyi otluqda təhlükə ola bilər.

quiz-ruins = Küçənizin yaxınlığında köhnə, uçuq bir ev var. Nə edərsən?
quiz-ruins-explore = İçəri girib baxaram.
quiz-ruins-friends = İçəri girərəm, amma yalnız dostlarla.
quiz-ruins-stay-out = Ora girmərəm.
quiz-ruins-why = Uçuq evlərə girmə, dostlarınla birlikdə də. İçəridə təhlükəli şeylər ola bilər.
quiz-ruins-friends-risk = Dostlarla girəndə də uçuq ev təhlükəsiz olmur. Təhlükə hamı üçün eynidir.

quiz-tell = Çayın yanında qəribə bir şey gördün. Kimə deyərsən?
quiz-tell-secret = Heç kimə: bu, sirdir.
quiz-tell-grown-up = Dərhal böyüklərə.
quiz-tell-nobody-touched = Heç kimə, əgər ona toxunmamışamsa.
quiz-tell-why = Dərhal böyüklərə de: anana, atana, müəlliminə və ya güvəndiyin başqa bir böyüyə. Getməyə icazə olmayan yerə getmisənsə də, yenə de. Böyüklər o yeri təhlükəsiz edən adamlara zəng edəcəklər.
quiz-tell-nobody-touched-risk = Sən toxunmasan da, başqası toxuna bilər. Böyüklər onun harada olduğunu bilməlidir.

quiz-cloth = Yolun kənarında kola qırmızı parça bağlanıb. Nə edərsən?
quiz-cloth-away = Bu, təhlükə demək ola bilər: uzaq duraram və böyüklərə deyərəm.
quiz-cloth-take = Götürərəm: gözəl parçadır.
quiz-cloth-look = Onun niyə orada olduğunu bilmək üçün kolun arxasına baxaram.
quiz-cloth-why = Bəzən adamlar təhlükəni bildirmək üçün kola qırmızı parça, lent bağlayır və ya daşları boyayırlar. Uzaq dur və böyüklərə de.

quiz-grown-up = Tanıdığın bir böyük lentdən o yana keçib tarlaya girir. Nə edərsən?
quiz-grown-up-follow = Arxasınca gedərəm: böyüklər daha yaxşı bilir.
quiz-grown-up-stay = Arxasınca getmərəm. Olduğum yerdə qalıb anama, atama və ya müəllimimə deyərəm.
quiz-grown-up-other-way = Tarlaya başqa yerdən girərəm.
quiz-grown-up-why = Böyüklər də bəzən qaydanı pozur. Nişan, hasar və lent hamı üçün təhlükə deməkdir. Arxasınca getmə. Güvəndiyin bir böyüyə de.
quiz-grown-up-follow-risk = Böyüklər də səhv edir. Nişan, hasar və lent hamı üçün təhlükə deməkdir.

quiz-no-sign = Hündür otlu bu tarlanın yanında heç bir nişan yoxdur. Orada oynamaq olar?
quiz-no-sign-yes = Hə: nişan yoxdur.
quiz-no-sign-others = Hə, başqa uşaqlar orada oynayırsa.
quiz-no-sign-ask = Baxmaqla bilmək olmur. Yalnız böyüklərin “burada oynamaq olar” dediyi yerdə oynayaram.
quiz-no-sign-why = Nişan olmasa da, orada təhlükə ola bilər. Yalnız böyüklərin “burada oynamaq olar” dediyi yerdə oyna.
quiz-no-sign-others-risk = Başqa uşaqlar orada oynasa da, bu, oranı təhlükəsiz etmir. Baxmaqla bilmək olmur.

quiz-past-sign = Oynayırsan və birdən arxanda xəbərdarlıq nişanı görürsən: nişandan o yana keçmisən. Nə edərsən?
quiz-past-sign-run = Tez qaçıb çıxaram.
quiz-past-sign-statue = Heykəl kimi yerimdə durub ucadan böyükləri çağıraram.
quiz-past-sign-look = Çıxmaq üçün özüm yol axtararam.
quiz-past-sign-why = Nişandan o yana keçmisənsə, tərpənmə. Heykəl kimi yerində dur, ucadan böyükləri çağır və köməyi gözlə.
quiz-past-sign-run-risk = Qaçsan, daha təhlükəli yerə düşə bilərsən. Yerində dur: kömək gələcək, uzun çəksə də.

quiz-hurt = Heç kimin getmədiyi tarlada dostun yaralanıb. Nə edərsən?
quiz-hurt-run = Ona kömək etmək üçün yanına qaçaram.
quiz-hurt-shout = Yerimdə qalıb ucadan böyükləri çağıraram.
quiz-hurt-home = Evə gedib heç kimə heç nə demərəm.
quiz-hurt-why = Dostunun yanına qaçma: orada başqa təhlükə də ola bilər. Yerində qal, ucadan böyükləri çağır və dostunun harada olduğunu de. Böyüklər 112-yə zəng edəcəklər.
quiz-hurt-run-risk = Dostunun olduğu yerdə başqa təhlükə də ola bilər. Yerində qal və ucadan çağır: belə kömək etmiş olursan.

quiz-novruz = Novruzda ailənlə doğma kəndinizə, babanın məzarına gedirsən. Məzarların arxasında, hündür otluqda gözəl çiçəklər görürsən. Nə edərsən?
quiz-novruz-pick = Qaçıb onları məzar üçün dərərəm.
quiz-novruz-stay = Ailəmin yanında qalaram, yalnız böyüklərin göstərdiyi yolla gedərəm.
quiz-novruz-together = Başqa uşaqlarla birlikdə gedib onları dərərəm.
quiz-novruz-why = Köhnə kəndlərdə qəbiristanlıqda və hündür otluqda təhlükə ola bilər. Minalardan təmizlənməmiş qəbiristanlığa heç kim getməməlidir, bayramda da. Ailənin yanında qal, yalnız böyüklərin göstərdiyi yolla get, otluğa girmə.
quiz-novruz-pick-risk = Hündür otluqda təhlükə gizlənə bilər. Çiçək buna dəyməz.
quiz-novruz-together-risk = Başqa uşaqlarla getsən də, otluq təhlükəsiz olmur.

quiz-lamb = Ailənizin quzusu qırmızı xəbərdarlıq nişanından o yana, hündür otluğa qaçıb. Nə edərsən?
quiz-lamb-run = Çox uzağa getməmiş arxasınca qaçaram.
quiz-lamb-stones = Geri gəlsin deyə daş ataram.
quiz-lamb-tell = Nişanın bu tərəfində qalıb dərhal böyüklərə deyərəm.
quiz-lamb-why = Nişandan, hasardan və lentdən o yana heç vaxt keçmə, heyvan üçün də. Olduğun yerdə qal və böyüklərə de. Böyüklər kömək çağıracaq: heyvanın arxasınca heç kim getməməlidir.
quiz-lamb-run-risk = Nişandan o yana keçmək quzu üçün də, sənin üçün də təhlükəlidir. Arxasınca getmə.
quiz-lamb-stones-risk = Daş otluqda təhlükəli bir şeyin üstünə düşə bilər. Ora heç nə atma.

quiz-doll = Ailən kəndinizə qayıdıb. Qonşunun boş evində, döşəmədə bir gəlincik görürsən. Nə edərsən?
quiz-doll-take = İçəri girib götürərəm: oyuncaqdır da.
quiz-doll-tell = İçəri girmərəm, heç nəyə toxunmaram və böyüklərə deyərəm.
quiz-doll-stick = Qapıdan çubuqla çəkib çıxararam.
quiz-doll-why = Boş və uçuq evlərdə təhlükəli şeylər ola bilər. Heç nə üçün, hətta oyuncaq üçün də içəri girmə. Bayırda qal və böyüklərə de.
quiz-doll-take-risk = Heç bir oyuncaq boş evə girməyə dəyməz. Bayırda qal və böyüklərə de.
quiz-doll-stick-risk = Çubuqla da təhlükəli yerə toxunmuş olursan. Gəlinciyi qoy və böyüklərə de.

quiz-film = Səndən böyük uşaqlar deyirlər: “Nişandan o yana keç, səni videoya çəkək!” Nə edərsən?
quiz-film-no = “Yox” deyərəm, nişandan uzaq duraram və böyüklərə deyərəm.
quiz-film-go = Gedərəm, amma bir anlığa.
quiz-film-watch = Özüm girmərəm, amma nişanın yanında durub onlara baxaram.
quiz-film-why = Nişan hamı üçün təhlükə deməkdir. Böyük uşaqlara da “yox” de. Nişandan uzaq dur və dərhal böyüklərə de.
quiz-film-go-risk = Nişandan o yana bir addım atsan da, təhlükəli yerə girmiş olursan. Video buna dəyməz.
quiz-film-watch-risk = Durub baxma: dərhal böyüklərə de. Böyüklər onların qarşısını ala bilər.

quiz-pieces = Səndən böyük bir oğlan tarlada parlaq dəmir parçaları göstərib deyir ki, onları satmaq olar. Nə edərsən?
quiz-pieces-collect = Onları yığmağa kömək edərəm.
quiz-pieces-small = Yalnız balacalarını götürərəm.
quiz-pieces-no = Onlara toxunmaram, gəldiyim yolla geri qayıdıb böyüklərə deyərəm.
quiz-pieces-why = Tarlada qalan şeylər təhlükəli ola bilər, balaca olsalar da. Onlara toxunma, onları aparma. Gəldiyin yolla geri qayıt və böyüklərə de.
quiz-pieces-small-risk = Balaca bir şey də partlaya bilər. Heç birini götürmə.

## Ages 12–17. The three situations, told apart, and the beliefs that cost lives (sən).

quiz-first = Cığırla gedirsən və yarısı torpağa batmış qəribə bir əşya görürsən. Əvvəlcə nə edərsən?
quiz-first-closer = Nə olduğunu görmək üçün yaxınlaşaram.
quiz-first-stop = Dayanaram və daha yaxına getmərəm.
quiz-first-dig = Daha yaxşı görmək üçün ətrafını qazaram.
quiz-first-why = Dərhal dayan. Yaxınlaşma, ona toxunma, ətrafını qazma. Sonra başqalarını xəbərdar et, gəldiyin yolla geri qayıt və məlumat ver.
quiz-first-closer-risk = Hər addım səni təhlükəyə bir az da yaxınlaşdırır. Ondan uzaq durmaq üçün nə olduğunu bilmək lazım deyil.

quiz-fire = Dostların köhnə bir mərmini yandırmaq üçün yanında ocaq qalamaq istəyirlər. Nə edərsən?
quiz-fire-burn = Kömək edərəm, amma uzaqdan.
quiz-fire-cover = Əvvəlcə üstünü torpaqla örtərəm ki, heç kim tapmasın.
quiz-fire-leave = Onlara mane olaram: mərminin yanında ocaq qalamaq da, üstünü örtmək də olmaz. Gəldiyimiz yolla geri qayıdıb məlumat verərik.
quiz-fire-why = Od partlayışa səbəb ola bilər. Əşyanın üstünü örtsən, sonra gələn adam təhlükəni görməz. Hamını uzaq tut, gəldiyin yolla geri qayıt, sonra 112 və ya 102 nömrəsinə zəng et.
quiz-fire-cover-risk = Üstünü örtsən, sonra gələn adam təhlükəni görməz, onun üstünə basa və ya onu qazıb çıxara bilər.

quiz-call = Şübhəli əşya tapmısan. Nə vaxt və hansı nömrəyə zəng edərsən?
quiz-call-away = Ondan uzaqlaşandan sonra 112 və ya 102 nömrəsinə zəng edib harada olduğunu deyərəm.
quiz-call-beside = Dərhal, yanında dayanıb zəng edərəm ki, necə göründüyünü deyə bilim.
quiz-call-nobody = Heç kimə: minaaxtaranlar onu onsuz da tapacaqlar.
quiz-call-why = Əvvəlcə gəldiyin yolla uzaqlaş. Sonra 112 və ya 102 nömrəsinə zəng et, nə gördüyünü və harada olduğunu de. Mütəxəssisləri gözlə və yeri onlara göstər.
quiz-call-beside-risk = Əvvəlcə gəldiyin yolla geri qayıt. Necə göründüyünü ondan uzaqlaşandan sonra da deyə bilərsən.

quiz-mined-area = Olduğun tarlanın hər tərəfində minadan xəbərdarlıq edən nişanlar görürsən. Nə edərsən?
quiz-mined-area-walk-out = Gəldiyimi düşündüyüm yolla tez çıxaram.
quiz-mined-area-stop = Yerimdə durub başqalarını xəbərdar edərəm, 112 nömrəsinə zəng edib köməyi gözləyərəm.
quiz-mined-area-probe = Çıxmaq üçün torpağı çubuqla yoxlayaram.
quiz-mined-area-why = Minalanmış ərazidə minaları çox vaxt görmək olmur. Yerində dur, ayaqlarını tərpətmə, ətrafdakıları xəbərdar et, 112 nömrəsinə zəng et və köməyi gözlə. Torpağı yoxlama.
quiz-mined-area-walk-out-risk = Minalanmış ərazidə minaları görmək olmur, gəldiyini düşündüyün yol da gəldiyin yol olmaya bilər.

quiz-remember-way = Minalanmış ərazidəsən və gəldiyin yolu xatırladığını düşünürsən. Nə edərsən?
quiz-remember-way-walk-back = Xatırladığım yolla geri qayıdaram.
quiz-remember-way-untouched = Yalnız torpağın toxunulmamış göründüyü yerə basaram.
quiz-remember-way-wait = Yerimdə durub 112 nömrəsinə zəng edərəm və köməyi gözləyərəm.
quiz-remember-way-why = Yaddaşına güvənmə: minalar çox vaxt gizli olur. Yerində dur, 112 nömrəsinə zəng et və köməyi gözlə, uzun çəksə də.
quiz-remember-way-walk-back-risk = Yaddaş dəqiq deyil, minaları da görmək olmur. Gözləmək getməkdən təhlükəsizdir: kömək gələcək.
quiz-remember-way-untouched-risk = Minalar toxunulmamış görünən torpağın altında da gizlənə bilər. Baxmaqla bilmək olmur.

quiz-injured = Tarlada partlayış olur, dostun yaralanır. Nə edərsən?
quiz-injured-talk = Ora girmərəm. Onunla danışıb tərpənməməsini deyərəm, 112 nömrəsinə və təcili yardıma zəng edərəm.
quiz-injured-run = Yanına qaçıb qalxmağa kömək edərəm.
quiz-injured-carry = Başqaları ilə birlikdə onu tez çıxararıq.
quiz-injured-why = Ora girmə: bir mina partlayan yerdə başqaları da ola bilər. Hətta təlim keçmiş adamlar da köməyə gedəndə yaralanıb. Olduğun yerdən dostunla danış, 112 nömrəsinə və təcili tibbi yardıma (103 və ya 113) zəng et.
quiz-injured-run-risk = Bir mina partlayan yerdə başqaları da ola bilər. Hətta təlim keçmiş adamlar da kömək etmək istəyərkən yaralanıb.

quiz-one-mine = Getdiyin cığırın yanında, tarlanın kənarında mina görürsən. Tarlanın qalan hissəsi necə?
quiz-one-mine-safe = Mina tapıldı, deməli, qalan yer təhlükəsizdir.
quiz-one-mine-others = Yaxınlıqda başqa minalar da ola bilər.
quiz-one-mine-around = Minanın yanından tarlanın içi ilə dolanıb yoluma davam edərəm.
quiz-one-mine-why = Minalar adətən qrup halında basdırılır: biri olan yerdə başqaları da ola bilər. Tarlaya girmə. Gəldiyin cığırla geri qayıt və məlumat ver.
quiz-one-mine-around-risk = Minalar adətən qrup halında basdırılır: birinin yanından dolanıb başqasının üstünə çıxa bilərsən.

quiz-old-mines = “Bu minalar 1990-cı illərdəndir. Artıq işləmir.” Bu, doğrudur?
quiz-old-mines-rusted = Doğrudur: köhnə minalar paslanır və işləmir.
quiz-old-mines-careful = Fərqi yoxdur, təki ehtiyatla addımlayasan.
quiz-old-mines-still = Yanlışdır: köhnə minalar bu gün də partlaya və insanları yaralaya bilər.
quiz-old-mines-why = Minalar basdırıldıqdan onlarla il sonra da partlaya bilər. Ona görə də 1990-cı illərdən qalan minalar bu gün də təhlükəlidir. Ehtiyatla addımlasan da, mina partlaya bilər.
quiz-old-mines-rusted-risk = Pas minanı təhlükəsiz etmir: minalar basdırıldıqdan onlarla il sonra da partlaya bilər.

quiz-verge = Avtobus minalardan təmizlənmiş yolda dayanır, sən bir anlıq yoldan kənara çıxmaq istəyirsən. Nə edərsən?
quiz-verge-road = Asfaltdan kənara çıxmaram.
quiz-verge-verge = Yolun kənarına çıxaram: yol minalardan təmizlənib.
quiz-verge-short-grass = Yalnız otun qısa olduğu yerə addım ataram.
quiz-verge-why = Yol minalardan təmizlənibsə, bu o demək deyil ki, yolun kənarı da təhlükəsizdir. Yolun kənarında mina ola bilər: asfaltdan kənara çıxma.
quiz-verge-short-grass-risk = Qısa ot da hündür ot kimi minanı gizlədə bilər. Asfaltdan kənara çıxma.

quiz-scrap = Səndən böyük bir tanışın deyir ki, köhnə döyüş yerlərindən metal qırıntısı və mərmi yığıb pul qazanmaq olar. Nə edərsən?
quiz-scrap-go = Onunla gedərəm, amma ehtiyatlı olaram.
quiz-scrap-refuse = Getmərəm və böyüklərə deyərəm: mərmiləri və metal qırıntısını heç kim götürməməli, daşımamalıdır.
quiz-scrap-small = Yalnız kiçik parçaları yığaram.
quiz-scrap-why = Mərmiləri və sursat qalıqlarını götürmə, daşıma, evdə saxlama, heç kimə vermə: Daxili İşlər Nazirliyi bildirir ki, bu həm də cinayətdir. Köhnə döyüş yerlərindən metal qırıntısı da yığma: onun arasında partlayıcı ola bilər.
quiz-scrap-small-risk = Kiçik parçalar da təhlükəli ola bilər: ANAMA balaca ölçülü minalar da tapıb. Heç birini götürmə.

quiz-wire = Boş bir evin qapısının ağzına nazik məftil çəkilib. Nə edərsən?
quiz-wire-step-over = Ehtiyatla üstündən keçərəm.
quiz-wire-cut = Heç kim ilişməsin deyə kəsərəm.
quiz-wire-back = Ona toxunmaram, gəldiyim yolla geri qayıdıb məlumat verərəm.
quiz-wire-why = Məftil partlayışa səbəb ola bilər. 2025-ci ilin aprelində ANAMA Xocavənd rayonunun Bulutan kəndində bir evdə tələ məftilinə bağlanmış raket tapıb. Məftilə toxunma, geri qayıt və məlumat ver.
quiz-wire-step-over-risk = Məftilin yanında görmədiyin başqa məftil və ya mina ola bilər. Üstündən keçmə: geri qayıt.

quiz-return = Ailən doğma rayonunuza qayıdıb. Babanla nənənin köhnə evinə baxmağa gedə bilərsən?
quiz-return-now = Hə, elə indi: bu, bizim ailənin evidir.
quiz-return-cleared = Yalnız giriş icazəsi veriləndən və ərazi minalardan təmizlənəndən sonra.
quiz-return-neighbours = Hə, əgər qonşular artıq qayıdıblarsa.
quiz-return-why = Evlərdə, həyətlərdə və bağlarda mina və tələ-mina ola bilər, qonşular qayıtsa da. Oraya yalnız giriş icazəsi veriləndən və ərazi minalardan təmizlənəndən sonra get.
quiz-return-neighbours-risk = Qonşuların qayıtması sizin evin təhlükəsiz olduğunu göstərmir: hər evdə, həyətdə və bağda mina və tələ-mina ola bilər.

quiz-grave = Novruzda ailən doğma kəndinizdə babanın məzarını ziyarət etmək istəyir. Qəbiristanlıq hələ minalardan təmizlənməyib. Nə deyərsən?
quiz-grave-holiday = Gedək: bayramda hamı məzarları ziyarət edir.
quiz-grave-path = Gedək, amma məzarların arasındakı cığırdan kənara çıxmayaq.
quiz-grave-wait = Qəbiristanlıq minalardan təmizlənənədək gözləyək, bayram olsa da.
quiz-grave-why = İşğaldan azad edilmiş ərazilərdə bir çox qəbiristanlıq minalanmış ərazidə yerləşir və orada mina hadisələri də baş verib. ANAMA ailələri səbirli olmağa çağırır: məzarı yalnız ərazi minalardan təmizlənəndən sonra ziyarət edin, bayram və anım günlərində də.
quiz-grave-holiday-risk = Bayram olması torpaqdakı təhlükəni aradan qaldırmır, çox adamın birlikdə getməsi də oranı təhlükəsiz etmir.
quiz-grave-path-risk = Cığırlar minaların ən çox basdırıldığı yerlərdəndir. Məzarların arasındakı cığır məzarların özündən daha təhlükəsiz deyil.

quiz-house = Ailən evinizi təzədən tikir. Qonşuda heç kimin yoxlamadığı boş bir ev var. Pəncərədən içəridə köhnə şəkillər və xalça görürsən. Nə edərsən?
quiz-house-fetch = Tez içəri girib onları qonşular üçün çıxararam.
quiz-house-stay-out = İçəri girmərəm və böyüklərə deyərəm ki, o ev yoxlanmayıb.
quiz-house-door = Pəncərədən yox, qapıdan girərəm və şəkillərdən başqa heç nəyə toxunmaram.
quiz-house-why = Dağıdılmış və sahibsiz qalmış evlər minaların ən çox basdırıldığı yerlərdəndir, orada tələ-mina da ola bilər. Minaaxtaranlar yoxlamamış evə heç kim girməməlidir.
quiz-house-fetch-risk = Boş evdə qalan əşyalar tələ ola bilər: Bulutanda adamları cəlb etmək üçün tələ qurulmuş raketin ətrafına şəkillər səpələnmişdi.
quiz-house-door-risk = Qapının ağzında tələ məftili ola bilər, hər hansı bir əşyanı götürmək də tələ-minanı partlada bilər.

quiz-orchard = Evinizi minalardan təmizləyiblər, siz yenə orada yaşayırsınız. Evin arxasındakı köhnə bağda meyvələr yetişib, amma heç kim bağın təmizləndiyini deməyib. Nə edərsən?
quiz-orchard-house = Meyvə dərərəm: ev təmizlənibsə, bağ da təmizlənib.
quiz-orchard-edge = Həyətdən əl uzadıb yalnız bağın kənarından dərərəm.
quiz-orchard-wait = Böyüklər bağın minalardan təmizləndiyini dəqiq bilənədək ora girmərəm.
quiz-orchard-why = ANAMA bildirir ki, bağlar və meşəliklər minaların ən çox basdırıldığı yerlərdəndir. Bağa yalnız o minalardan təmizlənəndən sonra gir.
quiz-orchard-house-risk = Ev təmizlənibsə, bu, bağın da təmizləndiyi demək deyil. Bağın özünün təmizlənib-təmizlənmədiyini soruş.
quiz-orchard-edge-risk = Bağın kənarında da heç kimin yoxlamadığı torpağın üstündə durursan.

quiz-spring = Kəndinizə hələ su çəkilməyib. Nənən səndən kəndin kənarındakı köhnə bulaqdan su gətirməyi xahiş edir. Nə edərsən?
quiz-spring-cleared = Nənəmə deyərəm ki, bulağın ətrafında mina ola bilər. Suyu yalnız minalardan təmizlənmiş yerdən gətirərəm.
quiz-spring-old-path = Köhnə cığırla gedərəm: bulağa həmişə o yolla gediblər.
quiz-spring-quick = Gedərəm, amma tez gedib tez qayıdaram.
quiz-spring-why = ANAMA bildirir ki, içməli və texniki su mənbələri (bulaqlar, quyular, çaylar, su boruları) minaların ən çox basdırıldığı yerlərdəndir, bulaq və quyuların yanında mina hadisələri də baş verib. Suyu yalnız minalardan təmizlənmiş yerdən götür.
quiz-spring-old-path-risk = İllərlə heç kimin getmədiyi cığır minaların ən çox basdırıldığı yerlərdəndir.
quiz-spring-quick-risk = Tez getmək torpağı təhlükəsiz etmir.

quiz-poles = Dostunun evinə tez çatmaq üçün tarlanın içi ilə, elektrik dirəklərinin yanı ilə gedə bilərsən. Nə edərsən?
quiz-poles-along = Dirəklərin yanı ilə gedərəm: elektrikçilər oradan gedir, deməli, təhlükəsizdir.
quiz-poles-road = Hamının hər gün getdiyi yolla gedərəm, uzun olsa da.
quiz-poles-others = Böyük dostlarım oradan keçibsə, mən də keçərəm.
quiz-poles-why = ANAMA bildirir ki, elektrik dirəklərinin ətrafı, keçidlər, cığırlar və əkin sahələri minaların ən çox basdırıldığı yerlərdəndir. Hamının hər gün getdiyi yollardan və cığırlardan kənara çıxma.
quiz-poles-along-risk = Elektrik dirəklərinin ətrafı minaların çox basdırıldığı yerlərdəndir.
quiz-poles-others-risk = Dostlarının keçib sağ-salamat qayıtması orada mina olmadığını göstərmir.

quiz-tractor = Yazda əmin, siz qayıdandan bəri ilk dəfə, ailənin tarlasını şumlamaq istəyir və səni də traktorda özü ilə aparmaq istəyir. Tarla minalardan təmizlənməyib. Nə edərsən?
quiz-tractor-ride = Minərəm: traktor böyük və möhkəmdir, məni qoruyar.
quiz-tractor-before = Minərəm: müharibədən əvvəl bu tarla şumlanırdı, deməli, qorxusu yoxdur.
quiz-tractor-cleared = Minmərəm və ondan xahiş edərəm ki, tarlanı yalnız minalardan təmizlənəndən sonra şumlasın.
quiz-tractor-why = Yalnız minalardan təmizlənmiş torpağı şumla. Traktorla şum edən adamlar minaya düşüb yaralanıb, keçmiş təmas xəttinin yaxınlığında da.
quiz-tractor-ride-risk = Tank əleyhinə mina maşınları dağıtmaq üçündür: traktor səni qorumur.
quiz-tractor-before-risk = Müharibədən əvvəl tarlanın necə olması indi orada nə olduğunu demir: əkin sahələri minaların ən çox basdırıldığı yerlərdəndir.

quiz-graze = Qonşu deyir: “O tarlada hər gün heyvan otlayır, deməli, təhlükəsizdir. Qoyunları ora apar.” Tarla minalardan təmizlənməyib. Nə edərsən?
quiz-graze-go = Apararam: heyvan otlayırsa, orada mina yoxdur.
quiz-graze-cleared = Qoyunları yalnız minalardan təmizlənmiş yerdə otararam.
quiz-graze-behind = Apararam, amma yalnız qoyunların getdiyi yerdən gedərəm.
quiz-graze-why = Heyvanları yalnız minalardan təmizlənmiş yerdə otar. Heyvan otaran adamlar minaya düşüb yaralanıb. Heyvan təmizlənməmiş tarlaya girsə, arxasınca getmə: böyüklərə de.
quiz-graze-go-risk = Orada heyvanın otlaması mina olmadığını göstərmir: çobanlar heyvan otararkən minaya düşüb yaralanıb.
quiz-graze-behind-risk = Qoyunların getdiyi yer təhlükəsiz yol deyil: minaları görmək olmur.

quiz-dare = Dostların sənə “cəsarətin çatmaz” deyirlər: mina nişanından o yana keçməyini istəyirlər ki, səni videoya çəksinlər. Nə edərsən?
quiz-dare-quick = Tez girərəm, bir-iki addım atıb dərhal qayıdaram.
quiz-dare-steps = Girərəm, amma yalnız başqalarının əvvəl getdiyi yerə basaram.
quiz-dare-no = “Yox” deyərəm, nişanın bu tərəfində qalaram və onlara da deyərəm ki, getməsinlər.
quiz-dare-why = Mina nişanı hamı üçün və həmişə təhlükə deməkdir, minalar da çox vaxt gizli olur. Heç bir video buna dəyməz. “Yox” de, nişanın bu tərəfində qal və dostlarını da ondan uzaq tut.
quiz-dare-quick-risk = Nişandan o yana bir addım atanda artıq təhlükəli yerdəsən.
quiz-dare-steps-risk = Başqalarının getdiyi yer orada mina olmadığını sübut etmir.

quiz-knows = Yaşlı bir qohumun deyir: “Mən burada böyümüşəm, harası təhlükəsizdir, bilirəm. Arxamca gəl.” O, minalardan təmizlənməmiş yerdən kəsə getmək istəyir. Nə edərsən?
quiz-knows-follow = Arxasınca gedərəm: o buranın bütün cığırlarını tanıyır.
quiz-knows-cleared = Arxasınca getmərəm. Yollardan və minalardan təmizlənmiş yerlərdən kənara çıxmaram, ondan da belə etməyi xahiş edərəm.
quiz-knows-footsteps = Arxasınca gedərəm, düz onun ayaq izlərinə basaram.
quiz-knows-why = Kim nə desə də, yalnız minalardan təmizlənmiş yer təhlükəsizdir. Böyüyün arxasınca təhlükəli yerə getmə: təmizlənmiş yerdə qal və güvəndiyin başqa bir böyüyə de.
quiz-knows-follow-risk = Yeri əvvəldən tanımaq indi minaların harada olduğunu göstərmir: cığırlar, bağlar və əkin sahələri minaların basdırıldığı yerlərdəndir.
quiz-knows-footsteps-risk = Onun ayaq izləri minaların harada olduğunu göstərmir, ikiniz də heç kimin yoxlamadığı torpaqda olarsınız.

## After the score.
quiz-encourage = Cavab verdiyin hər sual sənə təhlükəsiz qalmağa kömək edir. Bu suallar barədə müəllimlə və ya ailənlə danış.
