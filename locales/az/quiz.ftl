## The quiz's questions. For each: the question, its answers and the explanation shown after
## answering (-why). Which answer is right, the picture and the sources: src/model/quiz.rs.

## Ages 6–11. A child's words; no technical detail about ordnance.

quiz-ball = Topun qırmızı xəbərdarlıq nişanının o tayına, otluğa diyirləndi. Nə edərsən?
quiz-ball-fetch = Qaçıb tez onu götürərəm.
quiz-ball-leave = Topu olduğu yerdə qoyub böyüklərə deyərəm.
quiz-ball-stick = Uzun çubuqla onu çəkib götürərəm.
quiz-ball-why = Nişanın, hasarın və ya lentin o tayına heç vaxt keçmə, top və ya oyuncaq üçün də. Yeni top almaq olar. Onu qoy və böyüklərə de.

quiz-object = Məktəbə gedəndə cığırın yanında qəribə bir metal şey görürsən. Nə edərsən?
quiz-object-pick-up = Götürüb müəllimə aparıram.
quiz-object-kick = Heç kim ilişib yıxılmasın deyə, ayağımla cığırdan kənara vururam.
quiz-object-go-back = Dayanıram, gəldiyim yolla geri qayıdıram və böyüklərə deyirəm.
quiz-object-why = Qəribə heç nəyə toxunma: kiçik bir şey də partlaya bilər. Dayan, gəldiyin yolla geri qayıt və dərhal böyüklərə de.

quiz-sign = Bu nişan sənə nə deyir?
quiz-sign-danger = Təhlükə: mina. Onun o tayına keçmə.
quiz-sign-play = Burada oynamaq olar.
quiz-sign-lost = Kimsə burada nəyisə itirib.
quiz-sign-why = Üzərində kəllə, çarpaz sümüklər və MİNA sözü olan qırmızı nişan mina deməkdir. Dayan və onun o tayına keçmə.

quiz-sticks = Cığırın yanında iki çubuq çarpaz şəkildə torpağa basdırılıb. Bu nə deməkdir?
quiz-sticks-toy = Heç nə: onları götürüb oynamaq olar.
quiz-sticks-danger = Kimsə təhlükəni nişanlamış ola bilər. Ora getmə və böyüklərə de.
quiz-sticks-walk-past = Sadəcə çubuqdur, yanından keçib getmək olar.
quiz-sticks-why = İnsanlar təhlükəni çox vaxt əllərində nə varsa onunla nişanlayır: çarpaz çubuqlar, qırmızı parça, rənglənmiş daşlar. Onlara toxunma və o tayına keçmə.

quiz-play = Harada oynamaq təhlükəsizdir?
quiz-play-grass = Hündür otluqda, heç kim görməyən yerdə.
quiz-play-ruins = Boş, dağılmış evdə.
quiz-play-grown-ups = Yalnız böyüklərin təhlükəsizdir dediyi yerdə.
quiz-play-why = Yalnız böyüklərin təhlükəsizdir dediyi yerdə oyna. Hündür otluğa, kolluğa və dağılmış evlərə girmə.

quiz-friend = Dostun paslı bir metal şeyi götürüb evə aparmaq istəyir. Nə edərsən?
quiz-friend-stop = Dostuma ona toxunmamağı deyirəm, birlikdə uzaqlaşırıq və böyüklərə deyirik.
quiz-friend-help = Onu daşımağa dostuma kömək edirəm.
quiz-friend-stones = Nə olacağını görmək üçün ona daş atırıq.
quiz-friend-why = Ona heç vaxt toxunma və heç nə atma. Dostunu xəbərdar et, birlikdə uzaqlaşın və dərhal böyüklərə deyin.

quiz-shortcut = Evə yol uzundur. Heç kimin getmədiyi otluqdan keçən qısa yol var. Hansı yolla gedərsən?
quiz-shortcut-shortcut = Otluqdan keçən qısa yolla.
quiz-shortcut-path = İnsanların hər gün getdiyi cığırla.
quiz-shortcut-run = Qısa yolla, çox tez qaçaraq.
quiz-shortcut-why = İnsanların hər gün getdiyi cığırlardan kənara çıxma. Heç kimin getmədiyi otluqda təhlükə gizlənə bilər.

quiz-ruins = Küçənizin yaxınlığında köhnə, dağılmış bir ev var. Nə edərsən?
quiz-ruins-explore = İçəri girib ora baxaram.
quiz-ruins-friends = İçəri girərəm, amma yalnız dostlarla.
quiz-ruins-stay-out = Ora girmərəm.
quiz-ruins-why = Dağılmış evlərə girmə, dostlarla da. İçəridə təhlükəli şeylər gizlənmiş ola bilər.

quiz-tell = Çayın yanında qəribə bir şey gördün. Kimə deyərsən?
quiz-tell-secret = Heç kimə: bu sirdir.
quiz-tell-grown-up = Dərhal böyüklərə.
quiz-tell-later = Dostlarıma, gələn həftə.
quiz-tell-why = Dərhal böyüklərə de: valideyninə, müəlliminə və ya etibar etdiyin başqa bir böyüyə. Onlar ərazini təhlükəsiz edən adamlara zəng edəcəklər.

quiz-cloth = Yolun kənarında bir kola qırmızı parça bağlanıb. Nə edərsən?
quiz-cloth-away = Bu, təhlükə demək ola bilər: uzaq dururam və böyüklərə deyirəm.
quiz-cloth-take = Götürürəm: gözəl lentdir.
quiz-cloth-look = Onun niyə orada olduğunu bilmək üçün kolun arxasına baxıram.
quiz-cloth-why = Qırmızı parça, lent və ya rənglənmiş daşlar kiminsə təhlükə barədə xəbərdarlıq üçün qoyduğu nişan ola bilər. Uzaq dur və böyüklərə de.

quiz-grown-up = Tanıdığın bir böyük lentin o tayına keçib sahəyə girir. Nə edərsən?
quiz-grown-up-follow = Onun arxasınca gedərəm: böyüklər yaxşı bilir.
quiz-grown-up-stay = Arxasınca getmərəm. Təhlükəsiz yerdə qalıb valideynlərimə və ya müəllimimə deyərəm.
quiz-grown-up-other-way = Sahəyə başqa yerdən girərəm.
quiz-grown-up-why = Böyüklər də bəzən qaydaları pozur. Nişanlar, hasarlar və lentlər hamı üçün təhlükə deməkdir. Arxasınca getmə; etibar etdiyin bir böyüyə de.

quiz-no-sign = Bu hündür otlu sahənin yanında heç bir nişan yoxdur. Orada oynamaq təhlükəsizdirmi?
quiz-no-sign-yes = Bəli: nişan yoxdur.
quiz-no-sign-others = Bəli, başqa uşaqlar orada oynayırsa.
quiz-no-sign-ask = Həmişə yox. Yalnız böyüklərin təhlükəsizdir dediyi yerdə oyna.
quiz-no-sign-why = Bir çox təhlükəli yerdə heç bir nişan olmur. Nişanın olmaması təhlükəsizlik demək deyil.

## Ages 12–17. The three situations, told apart, and the beliefs that kill.

quiz-first = Cığırla gedərkən yarısı torpağa batmış paslı metal əşya görürsən. İlk olaraq nə edərsən?
quiz-first-closer = Nə olduğunu görmək üçün yaxınlaşaram.
quiz-first-stop = Dayanaram və daha yaxına getmərəm.
quiz-first-dig = Yaxşı görmək üçün ətrafını qazaram.
quiz-first-why = Dərhal dayan. Yaxınlaşma, ona toxunma və ətrafını qazma. Sonra başqalarını xəbərdar et, gəldiyin yolla geri qayıt və xəbər ver.

quiz-fire = Dostların köhnə bir mərminin yanında ocaq qalayıb onu yandırmaq istəyir. Nə edərsən?
quiz-fire-burn = Kömək edərəm, amma uzaqdan.
quiz-fire-cover = Əvvəlcə üstünü torpaqla örtərəm ki, heç kim tapmasın.
quiz-fire-leave = Onları saxlayaram: yanında od olmaz, üstü də örtülməz. Gəldiyimiz yolla geri qayıdıb xəbər verərik.
quiz-fire-why = Od partlayıcını işə sala bilər, əşyanın üstünü örtmək isə təhlükəni sonra gələn adamdan gizlədir. Hamını uzaq tut, gəldiyin yolla geri qayıt və 112 və ya 102 nömrəsinə zəng et.

quiz-call = Şübhəli əşya tapmısan. Nə vaxt və hansı nömrəyə zəng edərsən?
quiz-call-away = Ondan uzaqlaşandan sonra: 112 və ya 102, və harada olduğunu deyərəm.
quiz-call-beside = Dərhal, onu təsvir edə bilmək üçün yanında dayanaraq.
quiz-call-nobody = Heç kimə: minaaxtaranlar onu onsuz da tapacaq.
quiz-call-why = Əvvəlcə gəldiyin yolla uzaqlaş, sonra 112 və ya 102 nömrəsinə zəng et və onun harada olduğunu de. Mütəxəssisləri gözlə və yeri onlara göstər.

quiz-mined-area = Olduğun sahənin hər tərəfində mina nişanları olduğunu görürsən. Nə edərsən?
quiz-mined-area-walk-out = Gəldiyimi düşündüyüm yolla tez çıxaram.
quiz-mined-area-stop = Dayanar, yerimdə durar, başqalarını xəbərdar edər, 112-yə zəng edər və köməyi gözləyərəm.
quiz-mined-area-probe = Çıxış yolu tapmaq üçün torpağı çubuqla yoxlayaram.
quiz-mined-area-why = Minalanmış ərazidə hər addım son ola bilər. Ayaqlarını tərpətmə, ətrafdakıları xəbərdar et, 112-yə zəng et və köməyi gözlə. Torpağı yoxlama.

quiz-footprints = Minalanmış ərazidə nə vaxt təkbaşına geri qayıtmaq olar?
quiz-footprints-remember = Gəldiyim yolu xatırlayanda.
quiz-footprints-untouched = Torpağa heç kim toxunmamış kimi görünəndə.
quiz-footprints-footprints = Yalnız öz ayaq izlərimi (qarda, qumda və ya yaş palçıqda) aydın görürəmsə və düz onların üstünə basıramsa.
quiz-footprints-why = Yaddaş bəs etmir, minalar isə görünmür. Yalnız öz aydın görünən izlərinlə geri qayıt; əks halda köməyi gözlə.

quiz-injured = Sahədə partlayış baş verir və dostun yaralanır. Nə edərsən?
quiz-injured-talk = Ora girmərəm. Onunla danışaram, tərpənməməsini deyərəm, 113 və 112 nömrələrinə zəng edərəm.
quiz-injured-run = Onun yanına qaçıb qalxmağa kömək edərəm.
quiz-injured-carry = Başqaları ilə birlikdə onu mümkün qədər tez çıxararam.
quiz-injured-why = Bir mina partlayan yerdə başqaları da var. 2022-ci il dekabrın 14-də Kəlbəcərin Çıraq kəndində yaralı işçilərə kömək etməyə gedən dörd hərbçidən biri həlak oldu, üçü yaralandı. Ora girmə, dostunla danış və təcili tibbi yardım üçün 113, xilasedicilər üçün 112 nömrəsinə zəng et.

quiz-one-mine = Sahədə bir mina tapmısan. Sahənin qalan hissəsi necə?
quiz-one-mine-safe = Mina tapıldı, deməli, qalan yer təhlükəsizdir.
quiz-one-mine-others = Yaxınlıqda başqalarının da olduğunu düşünmək lazımdır.
quiz-one-mine-around = Onun yanından dolanıb yoluma davam edərəm.
quiz-one-mine-why = Minalar adətən qrup halında basdırılır. Biri olan yerdə başqalarının da olduğunu düşün: gəldiyin yolla geri qayıt və xəbər ver.

quiz-old-mines = “Bu minalar 1990-cı illərdəndir. Artıq işləmir.” Bu doğrudurmu?
quiz-old-mines-rusted = Doğrudur: köhnə minalar paslanır və işləmir.
quiz-old-mines-careful = Ehtiyatla addımlasan, fərqi yoxdur.
quiz-old-mines-still = Yanlışdır: köhnə minalar bu gün də partlayır və insanları yaralayır.
quiz-old-mines-why = 1990-cı illərdən bəri basdırılmış minalar bu gün də tapılır, partlayır və insanları yaralayır.

quiz-verge = Avtobus təmizlənmiş yolda dayanır və sən bir anlıq yoldan kənara çıxmaq istəyirsən. Nə edərsən?
quiz-verge-road = Yolun üstündə qalaram.
quiz-verge-verge = Yol kənarına çıxaram: yol təmizlənib.
quiz-verge-short-grass = Yalnız otun qısa olduğu yerə addım ataram.
quiz-verge-why = Təmizlənmiş yol onun kənarlarını təhlükəsiz etmir. Minalar çox vaxt kənarlar boyunca basdırılıb: yolun üstündə qal.

quiz-scrap = Səndən böyük bir oğlan deyir ki, köhnə sahələrdən metal qırıntısı və mərmi yığıb pul qazanmaq olar. Nə edərsən?
quiz-scrap-go = Onunla gedərəm, amma ehtiyatlı olaram.
quiz-scrap-refuse = Rədd edərəm və böyüklərə deyərəm: heç kim metal əşyaları və mərmiləri yığmamalı, yerindən tərpətməməli və satmamalıdır.
quiz-scrap-small = Yalnız kiçik parçaları yığaram.
quiz-scrap-why = Metal əşyaları, mərmiləri və metal qırıntılarını götürmə, yığma, yerindən tərpətmə və satma. Kiçik bir parça da partlaya bilər.

quiz-wire = Boş bir evin qapısının ağzında nazik məftil çəkildiyini görürsən. Nə edərsən?
quiz-wire-step-over = Ehtiyatla üstündən keçərəm.
quiz-wire-cut = Heç kim ilişməsin deyə onu kəsərəm.
quiz-wire-back = Ona toxunmaram, gəldiyim yolla geri qayıdıb xəbər verərəm.
quiz-wire-why = Məftil partlayıcını işə sala bilər. 2025-ci ilin aprelində ANAMA Xocavəndin Bulutan kəndində bir evdə tələ məftilinə bağlanmış raket aşkar edib. Ona toxunma; geri qayıt və xəbər ver.

quiz-return = Ailən rayona geri köçüb. Baba və nənənin köhnə evinə baxmağa gedə bilərsənmi?
quiz-return-now = Bəli, elə indi: ailəmizin evidir.
quiz-return-cleared = Yalnız girişə icazə verildikdən və ərazi təmizləndikdən sonra.
quiz-return-daytime = Bəli, gündüz getsəm.
quiz-return-why = Evlərdə, həyətlərdə və bağlarda minalar və tələlər gizlənə bilər. ANAMA-nın bildirdiyinə görə, xüsusi icazə olmadan girmək qadağandır: ora yalnız ərazi təmizləndikdən sonra get.
