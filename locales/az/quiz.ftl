## The quiz's questions. For each: the question, its answers and the explanation shown after
## answering (-why). Which answer is right, the picture and the sources: src/model/quiz.rs.

## Ages 6–11. A child's words (sən); no technical detail about ordnance. The three words
## everywhere: Dayan. Toxunma. Böyüklərə de.

quiz-ball = Topun qırmızı xəbərdarlıq nişanından o yana, otluğa diyirləndi. Nə edərsən?
quiz-ball-fetch = Qaçıb tez götürərəm.
quiz-ball-leave = Topu olduğu yerdə qoyub böyüklərə deyərəm.
quiz-ball-stick = Uzun çubuqla çəkib götürərəm.
quiz-ball-why = Nişandan, hasardan və lentdən o yana heç vaxt keçmə, top üçün də, oyuncaq üçün də. Yeni top almaq olar. Topu qoy və böyüklərə de.

quiz-object = Məktəbə gedəndə cığırın yanında qəribə bir şey görürsən. Dəmirdir, yoxsa plastik, bilmirsən. Nə edərsən?
quiz-object-pick-up = Götürüb müəllimə apararam.
quiz-object-kick = Heç kim ilişib yıxılmasın deyə, onu təpikləyib cığırdan kənara ataram.
quiz-object-go-back = Dayanaram, gəldiyim yolla geri qayıdaram və böyüklərə deyərəm.
quiz-object-why = Qəribə şey zərərsiz, hətta maraqlı görünə bilər. Ona toxunma: balaca bir şey də partlaya bilər. Dayan, gəldiyin yolla geri qayıt və dərhal böyüklərə de.

quiz-sign = Bu nişan sənə nə deyir?
quiz-sign-danger = Təhlükə var, mina var. Nişandan o yana keçmə.
quiz-sign-old = Bu, köhnə nişandır, artıq heç nə demək deyil.
quiz-sign-careful = Ehtiyatla getsən, keçmək olar.
quiz-sign-why = Üzərində kəllə və çarpaz sümüklər olan qırmızı nişan mina deməkdir, köhnə olsa da. Dayan, nişandan o yana keçmə.

quiz-sticks = Cığırın yanında iki çubuq çarpaz qoyulub, yerə sancılıb. Bu nə deməkdir?
quiz-sticks-toy = Heç nə: onları götürüb oynamaq olar.
quiz-sticks-danger = Kimsə orada təhlükə olduğunu bildirib. Ora getmə və böyüklərə de.
quiz-sticks-walk-past = Çubuqdur da, yanından keçib getmək olar.
quiz-sticks-why = Adamlar təhlükəli yerə əllərinə keçən şeylə işarə qoyurlar: çarpaz çubuq, qırmızı parça, boyanmış daş. Onlara toxunma, onlardan o yana keçmə.

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

quiz-shortcut = Evə gedən yol uzundur. Heç kimin getmədiyi otluqdan keçən qısa yol da var. Hansı yolla gedərsən?
quiz-shortcut-shortcut = Otluqdan keçən qısa yolla.
quiz-shortcut-path = Hamının hər gün getdiyi cığırla.
quiz-shortcut-older = Qısa yolla, əgər böyük uşaqlar da oradan gedirsə.
quiz-shortcut-why = Hamının hər gün getdiyi cığırla get. Heç kimin getmədiyi otluqda təhlükə ola bilər. Böyük uşaqlar gedirsə də, o yolla getmə.

quiz-ruins = Küçənizin yaxınlığında köhnə, uçuq bir ev var. Nə edərsən?
quiz-ruins-explore = İçəri girib baxaram.
quiz-ruins-friends = İçəri girərəm, amma yalnız dostlarla.
quiz-ruins-stay-out = Ora girmərəm.
quiz-ruins-why = Uçuq evlərə girmə, dostlarınla birlikdə də. İçəridə təhlükəli şeylər ola bilər.

quiz-tell = Çayın yanında qəribə bir şey gördün. Kimə deyərsən?
quiz-tell-secret = Heç kimə: bu, sirdir.
quiz-tell-grown-up = Dərhal böyüklərə.
quiz-tell-nobody-touched = Heç kimə, əgər ona toxunmamışamsa.
quiz-tell-why = Dərhal böyüklərə de: anana, atana, müəlliminə və ya güvəndiyin başqa bir böyüyə. Getməyə icazə olmayan yerə getmisənsə də, yenə de. Böyüklər o yeri təhlükəsiz edən adamlara zəng edəcəklər.

quiz-cloth = Yolun kənarında kola qırmızı parça bağlanıb. Nə edərsən?
quiz-cloth-away = Bu, təhlükə demək ola bilər: uzaq duraram və böyüklərə deyərəm.
quiz-cloth-take = Götürərəm: gözəl lentdir.
quiz-cloth-look = Onun niyə orada olduğunu bilmək üçün kolun arxasına baxaram.
quiz-cloth-why = Bəzən adamlar təhlükəni bildirmək üçün kola qırmızı parça, lent bağlayır və ya daşları boyayırlar. Uzaq dur və böyüklərə de.

quiz-grown-up = Tanıdığın bir böyük lentdən o yana keçib tarlaya girir. Nə edərsən?
quiz-grown-up-follow = Arxasınca gedərəm: böyüklər daha yaxşı bilir.
quiz-grown-up-stay = Arxasınca getmərəm. Olduğum yerdə qalıb anama, atama və ya müəllimimə deyərəm.
quiz-grown-up-other-way = Tarlaya başqa yerdən girərəm.
quiz-grown-up-why = Böyüklər də bəzən qaydanı pozur. Nişan, hasar və lent hamı üçün təhlükə deməkdir. Arxasınca getmə. Güvəndiyin bir böyüyə de.

quiz-no-sign = Hündür otlu bu tarlanın yanında heç bir nişan yoxdur. Orada oynamaq olar?
quiz-no-sign-yes = Hə: nişan yoxdur.
quiz-no-sign-others = Hə, başqa uşaqlar orada oynayırsa.
quiz-no-sign-ask = Baxmaqla bilmək olmur. Yalnız böyüklərin “burada oynamaq olar” dediyi yerdə oynayaram.
quiz-no-sign-why = Nişan olmasa da, orada təhlükə ola bilər. Yalnız böyüklərin “burada oynamaq olar” dediyi yerdə oyna.

quiz-past-sign = Oynayırsan və birdən arxanda xəbərdarlıq nişanı görürsən: nişandan o yana keçmisən. Nə edərsən?
quiz-past-sign-run = Tez qaçıb çıxaram.
quiz-past-sign-statue = Heykəl kimi yerimdə durub ucadan böyükləri çağıraram.
quiz-past-sign-look = Çıxmaq üçün özüm yol axtararam.
quiz-past-sign-why = Nişandan o yana keçmisənsə, tərpənmə. Heykəl kimi yerində dur, ucadan böyükləri çağır və köməyi gözlə.

quiz-hurt = Heç kimin getmədiyi tarlada dostun yaralanıb. Nə edərsən?
quiz-hurt-run = Ona kömək etmək üçün yanına qaçaram.
quiz-hurt-shout = Yerimdə qalıb ucadan böyükləri çağıraram.
quiz-hurt-home = Evə gedib heç kimə heç nə demərəm.
quiz-hurt-why = Dostunun yanına qaçma: orada başqa təhlükə də ola bilər. Yerində qal, ucadan böyükləri çağır və dostunun harada olduğunu de. Böyüklər 112-yə zəng edəcəklər.

## Ages 12–17. The three situations, told apart, and the beliefs that cost lives (sən).

quiz-first = Cığırla gedirsən və yarısı torpağa batmış qəribə bir əşya görürsən. Əvvəlcə nə edərsən?
quiz-first-closer = Nə olduğunu görmək üçün yaxınlaşaram.
quiz-first-stop = Dayanaram və daha yaxına getmərəm.
quiz-first-dig = Daha yaxşı görmək üçün ətrafını qazaram.
quiz-first-why = Dərhal dayan. Yaxınlaşma, ona toxunma, ətrafını qazma. Sonra başqalarını xəbərdar et, gəldiyin yolla geri qayıt və məlumat ver.

quiz-fire = Dostların köhnə bir mərmini yandırmaq üçün yanında ocaq qalamaq istəyirlər. Nə edərsən?
quiz-fire-burn = Kömək edərəm, amma uzaqdan.
quiz-fire-cover = Əvvəlcə üstünü torpaqla örtərəm ki, heç kim tapmasın.
quiz-fire-leave = Onlara mane olaram: mərminin yanında ocaq qalamaq da, üstünü örtmək də olmaz. Gəldiyimiz yolla geri qayıdıb məlumat verərik.
quiz-fire-why = Od partlayışa səbəb ola bilər. Əşyanın üstünü örtsən, sonra gələn adam təhlükəni görməz. Hamını uzaq tut, gəldiyin yolla geri qayıt, sonra 112 və ya 102 nömrəsinə zəng et.

quiz-call = Şübhəli əşya tapmısan. Nə vaxt və hansı nömrəyə zəng edərsən?
quiz-call-away = Ondan uzaqlaşandan sonra 112 və ya 102 nömrəsinə zəng edib harada olduğunu deyərəm.
quiz-call-beside = Dərhal, yanında dayanıb zəng edərəm ki, necə göründüyünü deyə bilim.
quiz-call-nobody = Heç kimə: minaaxtaranlar onu onsuz da tapacaqlar.
quiz-call-why = Əvvəlcə gəldiyin yolla uzaqlaş. Sonra 112 və ya 102 nömrəsinə zəng et, nə gördüyünü və harada olduğunu de. Mütəxəssisləri gözlə və yeri onlara göstər.

quiz-mined-area = Olduğun tarlanın hər tərəfində minadan xəbərdarlıq edən nişanlar görürsən. Nə edərsən?
quiz-mined-area-walk-out = Gəldiyimi düşündüyüm yolla tez çıxaram.
quiz-mined-area-stop = Yerimdə durub başqalarını xəbərdar edərəm, 112 nömrəsinə zəng edib köməyi gözləyərəm.
quiz-mined-area-probe = Çıxmaq üçün torpağı çubuqla yoxlayaram.
quiz-mined-area-why = Minalanmış ərazidə minaları çox vaxt görmək olmur. Yerində dur, ayaqlarını tərpətmə, ətrafdakıları xəbərdar et, 112 nömrəsinə zəng et və köməyi gözlə. Torpağı yoxlama.

quiz-remember-way = Minalanmış ərazidəsən və gəldiyin yolu xatırladığını düşünürsən. Nə edərsən?
quiz-remember-way-walk-back = Xatırladığım yolla geri qayıdaram.
quiz-remember-way-untouched = Yalnız torpağın toxunulmamış göründüyü yerə basaram.
quiz-remember-way-wait = Yerimdə durub 112 nömrəsinə zəng edərəm və köməyi gözləyərəm.
quiz-remember-way-why = Yaddaşına güvənmə: minalar çox vaxt gizli olur. Yerində dur, 112 nömrəsinə zəng et və köməyi gözlə, uzun çəksə də.

quiz-injured = Tarlada partlayış olur, dostun yaralanır. Nə edərsən?
quiz-injured-talk = Ora girmərəm. Onunla danışıb tərpənməməsini deyərəm, 112 nömrəsinə və təcili yardıma zəng edərəm.
quiz-injured-run = Yanına qaçıb qalxmağa kömək edərəm.
quiz-injured-carry = Başqaları ilə birlikdə onu tez çıxararıq.
quiz-injured-why = Ora girmə: bir mina partlayan yerdə başqaları da ola bilər. Hətta təlim keçmiş adamlar da köməyə gedəndə yaralanıb. Olduğun yerdən dostunla danış, 112 nömrəsinə və təcili tibbi yardıma (103 və ya 113) zəng et.

quiz-one-mine = Getdiyin cığırın yanında, tarlanın kənarında mina görürsən. Tarlanın qalan hissəsi necə?
quiz-one-mine-safe = Mina tapıldı, deməli, qalan yer təhlükəsizdir.
quiz-one-mine-others = Yaxınlıqda başqa minalar da ola bilər.
quiz-one-mine-around = Minanın yanından tarlanın içi ilə dolanıb yoluma davam edərəm.
quiz-one-mine-why = Minalar adətən qrup halında basdırılır: biri olan yerdə başqaları da ola bilər. Tarlaya girmə. Gəldiyin cığırla geri qayıt və məlumat ver.

quiz-old-mines = “Bu minalar 1990-cı illərdəndir. Artıq işləmir.” Bu, doğrudur?
quiz-old-mines-rusted = Doğrudur: köhnə minalar paslanır və işləmir.
quiz-old-mines-careful = Fərqi yoxdur, təki ehtiyatla addımlayasan.
quiz-old-mines-still = Yanlışdır: köhnə minalar bu gün də partlaya və insanları yaralaya bilər.
quiz-old-mines-why = Minalar basdırıldıqdan onlarla il sonra da partlaya bilər. Ona görə də 1990-cı illərdən qalan minalar bu gün də təhlükəlidir. Ehtiyatla addımlasan da, mina partlaya bilər.

quiz-verge = Avtobus minalardan təmizlənmiş yolda dayanır, sən bir anlıq yoldan kənara çıxmaq istəyirsən. Nə edərsən?
quiz-verge-road = Asfaltdan kənara çıxmaram.
quiz-verge-verge = Yolun kənarına çıxaram: yol minalardan təmizlənib.
quiz-verge-short-grass = Yalnız otun qısa olduğu yerə addım ataram.
quiz-verge-why = Yol minalardan təmizlənibsə, bu o demək deyil ki, yolun kənarı da təhlükəsizdir. Yolun kənarında mina ola bilər: asfaltdan kənara çıxma.

quiz-scrap = Səndən böyük bir tanışın deyir ki, köhnə döyüş yerlərindən metal qırıntısı və mərmi yığıb pul qazanmaq olar. Nə edərsən?
quiz-scrap-go = Onunla gedərəm, amma ehtiyatlı olaram.
quiz-scrap-refuse = Getmərəm və böyüklərə deyərəm: mərmiləri və metal qırıntısını heç kim götürməməli, daşımamalıdır.
quiz-scrap-small = Yalnız kiçik parçaları yığaram.
quiz-scrap-why = Mərmiləri və sursat qalıqlarını götürmə, daşıma, evdə saxlama, heç kimə vermə: Daxili İşlər Nazirliyi bildirir ki, bu həm də cinayətdir. Köhnə döyüş yerlərindən metal qırıntısı da yığma: onun arasında partlayıcı ola bilər.

quiz-wire = Boş bir evin qapısının ağzına nazik məftil çəkilib. Nə edərsən?
quiz-wire-step-over = Ehtiyatla üstündən keçərəm.
quiz-wire-cut = Heç kim ilişməsin deyə kəsərəm.
quiz-wire-back = Ona toxunmaram, gəldiyim yolla geri qayıdıb məlumat verərəm.
quiz-wire-why = Məftil partlayışa səbəb ola bilər. 2025-ci ilin aprelində ANAMA Xocavənd rayonunun Bulutan kəndində bir evdə tələ məftilinə bağlanmış raket tapıb. Məftilə toxunma, geri qayıt və məlumat ver.

quiz-return = Ailən doğma rayonunuza qayıdıb. Babanla nənənin köhnə evinə baxmağa gedə bilərsən?
quiz-return-now = Hə, elə indi: bu, bizim ailənin evidir.
quiz-return-cleared = Yalnız giriş icazəsi veriləndən və ərazi minalardan təmizlənəndən sonra.
quiz-return-neighbours = Hə, əgər qonşular artıq qayıdıblarsa.
quiz-return-why = Evlərdə, həyətlərdə və bağlarda mina və tələ-mina ola bilər, qonşular qayıtsa da. Oraya yalnız giriş icazəsi veriləndən və ərazi minalardan təmizlənəndən sonra get.
