<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>ApiError</name>
    <message>
        <source>email address</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>client name</source>
        <translation>اسم العميل</translation>
    </message>
    <message>
        <source>client email</source>
        <translation>بريد العميل الإلكتروني</translation>
    </message>
    <message>
        <source>client phone</source>
        <translation>هاتف العميل</translation>
    </message>
    <message>
        <source>company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>estimated value</source>
        <translation>القيمة التقديرية</translation>
    </message>
    <message>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>quality score</source>
        <translation>تقييم الجودة</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>rejection reason</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>The LeadMarket server cannot be reached. Check your Internet connection; your work is kept and will be sent when the connection is back.</source>
        <translation>تعذّر الوصول إلى خادم LeadMarket. تحقّق من اتصالك بالإنترنت؛ عملك محفوظ وسيُرسَل عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>The LeadMarket server is taking too long to answer. Please try again in a moment.</source>
        <translation>خادم LeadMarket يستغرق وقتًا طويلًا للرد. يُرجى المحاولة بعد لحظات.</translation>
    </message>
    <message>
        <source>This server address is not secure (it does not start with https://). Use the https:// address of your LeadMarket server.</source>
        <translation>عنوان الخادم هذا غير آمن (لا يبدأ بـ https://). استعمل عنوان https:// لخادم LeadMarket الخاص بك.</translation>
    </message>
    <message>
        <source>The server sent an answer this version of LeadMarket does not understand. Please update the application or contact support.</source>
        <translation>أرسل الخادم ردًّا لا تفهمه هذه النسخة من LeadMarket. يُرجى تحديث التطبيق أو الاتصال بالدعم.</translation>
    </message>
    <message>
        <source>Your password could not be remembered: no keychain is available on this computer (the Secret Service, such as GNOME Keyring, is missing or locked). You will be asked to sign in next time.</source>
        <translation>تعذّر حفظ تسجيل دخولك: لا توجد سلسلة مفاتيح على هذا الحاسوب (خدمة الأسرار مثل GNOME Keyring غير موجودة أو مقفلة). سيُطلب منك تسجيل الدخول في المرة القادمة.</translation>
    </message>
    <message>
        <source>The email address or the password is incorrect.</source>
        <translation>البريد الإلكتروني أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>انتهت صلاحية جلستك. يُرجى تسجيل الدخول من جديد.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>حسابك غير مسموح له بالقيام بهذا.</translation>
    </message>
    <message>
        <source>This item no longer exists or is not yours.</source>
        <translation>هذا العنصر لم يعد موجودًا أو لا يخصّك.</translation>
    </message>
    <message>
        <source>An account already exists with this email address.</source>
        <translation>يوجد حساب بهذا البريد الإلكتروني مسبقًا.</translation>
    </message>
    <message>
        <source>This lead has already been handled (validated, rejected or expired).</source>
        <translation>تمت معالجة هذا العميل المحتمل مسبقًا (مقبول أو مرفوض أو منتهي الصلاحية).</translation>
    </message>
    <message>
        <source>This client was already sent to this campaign in the last 30 days.</source>
        <translation>سبق إرسال هذا العميل إلى هذه الحملة خلال الثلاثين يومًا الماضية.</translation>
    </message>
    <message>
        <source>This campaign is paused: it does not accept new leads for now.</source>
        <translation>هذه الحملة متوقفة مؤقتًا: لا تقبل عملاء محتملين جددًا حاليًا.</translation>
    </message>
    <message>
        <source>The merchant&apos;s deposit is too low to pay the commission of this lead.</source>
        <translation>رصيد التاجر غير كافٍ لدفع عمولة هذا العميل المحتمل.</translation>
    </message>
    <message>
        <source>The deposit is blocked: new leads are refused until it is recharged.</source>
        <translation>الرصيد محظور: يُرفض العملاء المحتملون الجدد إلى أن يُعاد شحنه.</translation>
    </message>
    <message>
        <source>This action was already sent with different details. Please start it again.</source>
        <translation>أُرسل هذا الإجراء مسبقًا بتفاصيل مختلفة. يُرجى إعادته من البداية.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a minute and try again.</source>
        <translation>محاولات كثيرة جدًا. انتظر دقيقة ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>What you sent is too large.</source>
        <translation>ما أرسلته كبير جدًا.</translation>
    </message>
    <message>
        <source>The payment or messaging service is not answering. Nothing was charged; please try again later.</source>
        <translation>خدمة الدفع أو المراسلة لا تستجيب. لم يُخصم أي مبلغ؛ يُرجى المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>Some information is missing or incorrect.</source>
        <translation>بعض المعلومات ناقصة أو غير صحيحة.</translation>
    </message>
    <message>
        <source>Some information is missing or incorrect: %1.</source>
        <translation>بعض المعلومات ناقصة أو غير صحيحة: %1.</translation>
    </message>
    <message>
        <source>The server could not read the request. Please update the application.</source>
        <translation>تعذّر على الخادم قراءة الطلب. يُرجى تحديث التطبيق.</translation>
    </message>
    <message>
        <source>The LeadMarket server has a problem right now. Your work is kept; please try again later.</source>
        <translation>يواجه خادم LeadMarket مشكلة حاليًا. عملك محفوظ؛ يُرجى المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>رفض الخادم الطلب (الخطأ %1).</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>المؤثر</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Estimated value (MAD)</source>
        <translation>القيمة المقدرة (MAD)</translation>
    </message>
    <message>
        <source>Commission (MAD)</source>
        <translation>العمولة (MAD)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>العملية</translation>
    </message>
    <message>
        <source>Amount (MAD)</source>
        <translation>المبلغ (MAD)</translation>
    </message>
    <message>
        <source>Balance change (MAD)</source>
        <translation>تغير الرصيد (MAD)</translation>
    </message>
    <message>
        <source>Balance after (MAD)</source>
        <translation>الرصيد بعد العملية (MAD)</translation>
    </message>
    <message>
        <source>Reserved after (MAD)</source>
        <translation>المحجوز بعد العملية (MAD)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذرت الكتابة في %1: %2</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>LeadMarket desktop client</source>
        <translation>تطبيق LeadMarket المكتبي</translation>
    </message>
    <message>
        <source>Server address.</source>
        <translation>عنوان الخادم.</translation>
    </message>
    <message>
        <source>Interface language: fr, ar or en.</source>
        <translation>لغة الواجهة: fr أو ar أو en.</translation>
    </message>
    <message>
        <source>Profile (account or server) to use.</source>
        <translation>الملف الشخصي (الحساب أو الخادم) المراد استعماله.</translation>
    </message>
    <message>
        <source>Account email address.</source>
        <translation>البريد الإلكتروني للحساب.</translation>
    </message>
    <message>
        <source>Read a token on standard input, keep it in the keychain for --server and --email, and exit.</source>
        <translation>قراءة رمز من المدخل القياسي وحفظه في سلسلة المفاتيح لـ --server و--email ثم الخروج.</translation>
    </message>
    <message>
        <source>Log debug messages.</source>
        <translation>تسجيل رسائل التصحيح.</translation>
    </message>
</context>
<context>
    <name>lm::client::AboutDialog</name>
    <message>
        <source>About LeadMarket</source>
        <translation>حول LeadMarket</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>The pay-per-lead marketplace for services in Morocco: influencers bring clients, merchants pay only for the leads they validate.</source>
        <translation>سوق الخدمات بالدفع مقابل العميل المحتمل في المغرب: المؤثرون يجلبون العملاء، والتجار لا يدفعون إلا مقابل العملاء الذين يقبلونهم.</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>ملف السجل: %1</translation>
    </message>
</context>
<context>
    <name>lm::client::Actions</name>
    <message>
        <source>This campaign is not known here yet. Synchronise, then try again.</source>
        <translation>هذه الحملة غير معروفة هنا بعد. قم بالمزامنة ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>This lead could not be kept for sending. Synchronise, then try again.</source>
        <translation>تعذّر حفظ هذا العميل المحتمل لإرساله. قم بالمزامنة ثم أعد المحاولة.</translation>
    </message>
</context>
<context>
    <name>lm::client::AdminWorkspace</name>
    <message>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
</context>
<context>
    <name>lm::client::CampaignsModel</name>
    <message>
        <source>%1 % below %2, else %3</source>
        <translation>%1 % تحت %2، وإلا %3</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Paused (deposit empty)</source>
        <translation>متوقفة (الرصيد نافد)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقفة</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>التاجر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>العمولة</translation>
    </message>
    <message>
        <source>Influencer share</source>
        <translation>حصة المؤثر</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
</context>
<context>
    <name>lm::client::CheckoutSession</name>
    <message>
        <source>The payment window could not be opened (%1).</source>
        <translation>تعذر فتح نافذة الدفع (%1).</translation>
    </message>
</context>
<context>
    <name>lm::client::DepositBanner</name>
    <message>
        <source>Recharge…</source>
        <translation>شحن…</translation>
    </message>
    <message>
        <source>Leads blocked by LeadMarket — your campaigns are paused. Contact LeadMarket to resume.</source>
        <translation>العملاء المحتملون محظورون من طرف LeadMarket — حملاتك متوقفة مؤقتًا. اتصل بـ LeadMarket للاستئناف.</translation>
    </message>
    <message>
        <source>Leads blocked — your campaigns are paused. Recharge to resume.</source>
        <translation>العملاء المحتملون محظورون — حملاتك متوقفة مؤقتًا. اشحن رصيدك للاستئناف.</translation>
    </message>
    <message>
        <source>Your deposit is almost empty (%1): new leads will be blocked at 0 %. Recharge now.</source>
        <translation>رصيدك على وشك النفاد (%1): سيُحظر العملاء المحتملون الجدد عند 0 %. اشحن الآن.</translation>
    </message>
</context>
<context>
    <name>lm::client::DepositCard</name>
    <message>
        <source>Deposit</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Current balance:</source>
        <translation>الرصيد الحالي:</translation>
    </message>
    <message>
        <source>Reserved for pending leads:</source>
        <translation>محجوز للعملاء المنتظرين:</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>المتاح:</translation>
    </message>
    <message>
        <source>Re&amp;charge…</source>
        <translation>&amp;شحن…</translation>
    </message>
    <message>
        <source>Add money to your deposit (Ctrl+R)</source>
        <translation>إضافة مبلغ إلى وديعتك (Ctrl+R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latest transactions&lt;/b&gt;</source>
        <translation>&lt;b&gt;أحدث المعاملات&lt;/b&gt;</translation>
    </message>
    <message>
        <source>See the full history</source>
        <translation>عرض السجل الكامل</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>غير معروف بعد</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No transactions yet.</source>
        <translation>لا توجد معاملات بعد.</translation>
    </message>
</context>
<context>
    <name>lm::client::DepositGauge</name>
    <message>
        <source>Healthy balance</source>
        <translation>رصيد جيد</translation>
    </message>
    <message>
        <source>Attention</source>
        <comment>deposit level</comment>
        <translation>انتباه</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>deposit level</comment>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>deposit level</comment>
        <translation>حرج</translation>
    </message>
    <message>
        <source>Depleted</source>
        <comment>deposit level</comment>
        <translation>مستنفد</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>deposit gauge percentage</comment>
        <extracomment>A percentage with one decimal, e.g. &quot;68.3%&quot;; French puts a narrow no-break space before %.</extracomment>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>غير معروف بعد</translation>
    </message>
    <message>
        <source>Deposit level</source>
        <translation>مستوى الوديعة</translation>
    </message>
</context>
<context>
    <name>lm::client::InfluencerWorkspace</name>
    <message>
        <source>The lead for %1 is submitted. It will be sent to the server as soon as possible.</source>
        <translation>تم تقديم العميل المحتمل %1. سيُرسَل إلى الخادم في أقرب وقت.</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>عميل محتمل جديد</translation>
    </message>
    <message>
        <source>My leads</source>
        <translation>عملائي المحتملون</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <source>Queued actions</source>
        <translation>الإجراءات المنتظرة</translation>
    </message>
</context>
<context>
    <name>lm::client::LeadActionsDelegate</name>
    <message>
        <source>✓ Validate</source>
        <translation>✓ قبول</translation>
    </message>
    <message>
        <source>✗ Reject</source>
        <translation>✗ رفض</translation>
    </message>
</context>
<context>
    <name>lm::client::LeadAwareness</name>
    <message numerus="yes">
        <source>%n more new lead(s)</source>
        <translation>
            <numerusform>لا عملاء محتملين جدد آخرين (%n)</numerusform>
            <numerusform>عميل محتمل جديد آخر</numerusform>
            <numerusform>عميلان محتملان جديدان آخران</numerusform>
            <numerusform>%n عملاء محتملين جدد آخرين</numerusform>
            <numerusform>%n عميلًا محتملًا جديدًا آخر</numerusform>
            <numerusform>%n عميل محتمل جديد آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>Open LeadMarket to see the leads waiting for your decision.</source>
        <translation>افتح LeadMarket لرؤية العملاء المحتملين الذين ينتظرون قرارك.</translation>
    </message>
    <message>
        <source>Estimated value: %1 · commission: %2</source>
        <translation>القيمة المقدرة: %1 · العمولة: %2</translation>
    </message>
    <message>
        <source>New lead: %1</source>
        <translation>عميل محتمل جديد: %1</translation>
    </message>
    <message>
        <source>Deposit alert</source>
        <translation>تنبيه الرصيد</translation>
    </message>
</context>
<context>
    <name>lm::client::LeadDetailPane</name>
    <message>
        <source>Call this number</source>
        <translation>الاتصال بهذا الرقم</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>Open a WhatsApp chat with this number</source>
        <translation>فتح محادثة واتساب مع هذا الرقم</translation>
    </message>
    <message>
        <source>%1/10</source>
        <extracomment>A lead&apos;s quality score, e.g. &quot;7/10&quot;</extracomment>
        <translation>%1/10</translation>
    </message>
    <message numerus="yes">
        <source>%n leads selected</source>
        <translation>
            <numerusform>لم يُحدَّد أي عميل محتمل (%n)</numerusform>
            <numerusform>تم تحديد عميل محتمل واحد</numerusform>
            <numerusform>تم تحديد عميلين محتملين</numerusform>
            <numerusform>تم تحديد %n عملاء محتملين</numerusform>
            <numerusform>تم تحديد %n عميلًا محتملًا</numerusform>
            <numerusform>تم تحديد %n عميل محتمل</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a lead to see its details</source>
        <translation>اختر عميلًا محتملًا لعرض تفاصيله</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>الشركة:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>الحملة:</translation>
    </message>
    <message>
        <source>Influencer:</source>
        <translation>المؤثر:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>Estimated value:</source>
        <translation>القيمة التقديرية:</translation>
    </message>
    <message>
        <source>Commission:</source>
        <translation>العمولة:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>تاريخ الاستلام:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>تاريخ الانتهاء:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>الملاحظات:</translation>
    </message>
    <message>
        <source>Quality score:</source>
        <translation>تقييم الجودة:</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>التعليق:</translation>
    </message>
    <message>
        <source>Rejection reason:</source>
        <translation>سبب الرفض:</translation>
    </message>
    <message>
        <source>Total estimated value:</source>
        <translation>إجمالي القيمة التقديرية:</translation>
    </message>
    <message>
        <source>Total commission:</source>
        <translation>إجمالي العمولة:</translation>
    </message>
</context>
<context>
    <name>lm::client::LeadsModel</name>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>إنستغرام</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>تيك توك</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>فيسبوك</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>يوتيوب</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>المؤثر</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>القيمة التقديرية</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>العمولة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <source>Validate (Enter) or reject (Delete) the selected leads</source>
        <translation>قبول (Enter) أو رفض (Delete) العملاء المحتملين المحددين</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
</context>
<context>
    <name>lm::client::LeadsPage</name>
    <message>
        <source>Search by client, company, campaign or influencer</source>
        <translation>ابحث حسب العميل أو الشركة أو الحملة أو المؤثر</translation>
    </message>
</context>
<context>
    <name>lm::client::LoginDialog</name>
    <message>
        <source>Sign in to LeadMarket</source>
        <translation>تسجيل الدخول إلى LeadMarket</translation>
    </message>
    <message>
        <source>name@company.ma</source>
        <translation>name@company.ma</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;تذكّرني على هذا الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;الخادم:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;تسجيل الدخول</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>أدخل بريدًا إلكترونيًا صالحًا.</translation>
    </message>
</context>
<context>
    <name>lm::client::MainWindow</name>
    <message>
        <source>An action was refused by the server: %1</source>
        <translation>رفض الخادم إجراءً: %1</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>لم يتم تسجيل الدخول.</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>&amp;مزامنة الآن</translation>
    </message>
    <message>
        <source>Send queued actions and fetch the latest data (F5)</source>
        <translation>إرسال الإجراءات المنتظرة وجلب أحدث البيانات (F5)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;About LeadMarket</source>
        <translation>&amp;حول LeadMarket</translation>
    </message>
    <message>
        <source>&amp;Find a lead</source>
        <translation>ال&amp;بحث عن عميل محتمل</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>merchant</source>
        <translation>تاجر</translation>
    </message>
    <message>
        <source>influencer</source>
        <translation>مؤثر</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>LeadMarket — %1</source>
        <translation>LeadMarket — %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Synchronising: %1</source>
        <translation>المزامنة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting</source>
        <translation>
            <numerusform>لا إجراءات منتظرة (%n)</numerusform>
            <numerusform>إجراء واحد منتظر</numerusform>
            <numerusform>إجراءان منتظران</numerusform>
            <numerusform>%n إجراءات منتظرة</numerusform>
            <numerusform>%n إجراءً منتظرًا</numerusform>
            <numerusform>%n إجراء منتظر</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>لا شيء منتظر</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n مرفوض</numerusform>
            <numerusform>مرفوض واحد</numerusform>
            <numerusform>مرفوضان</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضًا</numerusform>
            <numerusform>%n مرفوض</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Desktop notifications</source>
        <translation>إ&amp;شعارات سطح المكتب</translation>
    </message>
    <message>
        <source>Announce new leads and deposit alerts on the desktop</source>
        <translation>الإعلان عن العملاء المحتملين الجدد وتنبيهات الرصيد على سطح المكتب</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <source>The cached leads could not be read: %1</source>
        <translation>تعذّرت قراءة العملاء المحتملين المحفوظين محليًا: %1</translation>
    </message>
</context>
<context>
    <name>lm::client::MerchantWorkspace</name>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>كل العملاء المحتملين</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <source>Queued actions</source>
        <translation>الإجراءات المنتظرة</translation>
    </message>
    <message>
        <source>&amp;Recharge the deposit…</source>
        <translation>&amp;شحن الوديعة…</translation>
    </message>
    <message>
        <source>Add money to your deposit (Ctrl+R)</source>
        <translation>إضافة مبلغ إلى وديعتك (Ctrl+R)</translation>
    </message>
    <message>
        <source>Export &amp;transactions to CSV…</source>
        <translation>تصدير ال&amp;معاملات إلى CSV…</translation>
    </message>
    <message>
        <source>Save your deposit&apos;s transaction history as a spreadsheet file</source>
        <translation>حفظ سجل معاملات وديعتك كملف جدول بيانات</translation>
    </message>
    <message>
        <source>Overview (%1)</source>
        <translation>نظرة عامة (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) validated. They will be sent to the server as soon as possible.</source>
        <translation>
            <numerusform>لم يُقبَل أي عميل محتمل (%n).</numerusform>
            <numerusform>تم قبول عميل محتمل واحد. سيُرسَل إلى الخادم في أقرب وقت.</numerusform>
            <numerusform>تم قبول عميلين محتملين. سيُرسَلان إلى الخادم في أقرب وقت.</numerusform>
            <numerusform>تم قبول %n عملاء محتملين. سيُرسَلون إلى الخادم في أقرب وقت.</numerusform>
            <numerusform>تم قبول %n عميلًا محتملًا. سيُرسَلون إلى الخادم في أقرب وقت.</numerusform>
            <numerusform>تم قبول %n عميل محتمل. سيُرسَلون إلى الخادم في أقرب وقت.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) rejected. They will be sent to the server as soon as possible.</source>
        <translation>
            <numerusform>لم يُرفَض أي عميل محتمل (%n).</numerusform>
            <numerusform>تم رفض عميل محتمل واحد. سيُرسَل إلى الخادم في أقرب وقت.</numerusform>
            <numerusform>تم رفض عميلين محتملين. سيُرسَلان إلى الخادم في أقرب وقت.</numerusform>
            <numerusform>تم رفض %n عملاء محتملين. سيُرسَلون إلى الخادم في أقرب وقت.</numerusform>
            <numerusform>تم رفض %n عميلًا محتملًا. سيُرسَلون إلى الخادم في أقرب وقت.</numerusform>
            <numerusform>تم رفض %n عميل محتمل. سيُرسَلون إلى الخادم في أقرب وقت.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) could no longer be changed.</source>
        <translation>
            <numerusform>لم يتعذّر تغيير أي عميل محتمل (%n).</numerusform>
            <numerusform>لم يعد بالإمكان تغيير عميل محتمل واحد.</numerusform>
            <numerusform>لم يعد بالإمكان تغيير عميلين محتملين.</numerusform>
            <numerusform>لم يعد بالإمكان تغيير %n عملاء محتملين.</numerusform>
            <numerusform>لم يعد بالإمكان تغيير %n عميلًا محتملًا.</numerusform>
            <numerusform>لم يعد بالإمكان تغيير %n عميل محتمل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export transactions</source>
        <translation>تصدير المعاملات</translation>
    </message>
    <message>
        <source>transactions-%1.csv</source>
        <translation>transactions-%1.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) since you last looked</source>
        <translation>
            <numerusform>لا عملاء محتملين جدد منذ آخر اطلاع (%n)</numerusform>
            <numerusform>عميل محتمل جديد واحد منذ آخر اطلاع</numerusform>
            <numerusform>عميلان محتملان جديدان منذ آخر اطلاع</numerusform>
            <numerusform>%n عملاء محتملين جدد منذ آخر اطلاع</numerusform>
            <numerusform>%n عميلًا محتملًا جديدًا منذ آخر اطلاع</numerusform>
            <numerusform>%n عميل محتمل جديد منذ آخر اطلاع</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::NewLeadForm</name>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage, e.g. &quot;30 %&quot; (as the Campaigns table writes them).</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>طويل جدًا: الحد الأقصى لعدد الأحرف هو %1.</translation>
    </message>
    <message>
        <source>Remove the invisible control character.</source>
        <translation>احذف حرف التحكم غير المرئي.</translation>
    </message>
    <message>
        <source>name@example.ma</source>
        <translation>name@example.ma</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>Su&amp;bmit the lead</source>
        <translation>&amp;تقديم العميل المحتمل</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;الحملة:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>الاسم ال&amp;كامل:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>ال&amp;بريد الإلكتروني:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <source>Compan&amp;y (optional):</source>
        <translation>ال&amp;شركة (اختياري):</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Estimated &amp;value (%1):</source>
        <translation>ال&amp;قيمة التقديرية (%1):</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>الم&amp;صدر:</translation>
    </message>
    <message>
        <source>No&amp;tes (optional):</source>
        <translation>الملاح&amp;ظات (اختياري):</translation>
    </message>
    <message>
        <source>%1 (paused: the merchant&apos;s deposit is empty)</source>
        <translation>%1 (متوقفة: رصيد التاجر نافد)</translation>
    </message>
    <message>
        <source>%1 (paused by the merchant)</source>
        <translation>%1 (أوقفها التاجر مؤقتًا)</translation>
    </message>
    <message numerus="yes">
        <source>%n paused campaign(s) take no new leads until the merchant resumes them.</source>
        <translation>
            <numerusform>لا توجد حملات متوقفة (%n).</numerusform>
            <numerusform>حملة واحدة متوقفة لا تقبل عملاء محتملين جددًا إلى أن يستأنفها التاجر.</numerusform>
            <numerusform>حملتان متوقفتان لا تقبلان عملاء محتملين جددًا إلى أن يستأنفهما التاجر.</numerusform>
            <numerusform>%n حملات متوقفة لا تقبل عملاء محتملين جددًا إلى أن يستأنفها التاجر.</numerusform>
            <numerusform>%n حملةً متوقفةً لا تقبل عملاء محتملين جددًا إلى أن يستأنفها التاجر.</numerusform>
            <numerusform>%n حملة متوقفة لا تقبل عملاء محتملين جددًا إلى أن يستأنفها التاجر.</numerusform>
        </translation>
    </message>
    <message>
        <source>No campaign yet: synchronise to get the active campaigns.</source>
        <translation>لا توجد حملات بعد: قم بالمزامنة للحصول على الحملات النشطة.</translation>
    </message>
    <message>
        <source>Pick an active campaign.</source>
        <translation>اختر حملة نشطة.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s full name.</source>
        <translation>أدخل الاسم الكامل للعميل.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s email address.</source>
        <translation>أدخل البريد الإلكتروني للعميل.</translation>
    </message>
    <message>
        <source>This is not an email address (for example name@example.ma).</source>
        <translation>هذا ليس بريدًا إلكترونيًا (مثلًا name@example.ma).</translation>
    </message>
    <message>
        <source>Enter the client&apos;s phone number.</source>
        <translation>أدخل رقم هاتف العميل.</translation>
    </message>
    <message>
        <source>Not a phone number: write a Moroccan number (06 12 34 56 78) or + and the country code.</source>
        <translation>هذا ليس رقم هاتف: اكتب رقمًا مغربيًا (06 12 34 56 78) أو + متبوعة برمز البلد.</translation>
    </message>
    <message>
        <source>Enter the estimated value of the service.</source>
        <translation>أدخل القيمة التقديرية للخدمة.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; type for example %2.</source>
        <translation>«%1» ليس مبلغًا؛ اكتب مثلًا %2.</translation>
    </message>
    <message>
        <source>The estimated value must be more than zero.</source>
        <translation>يجب أن تكون القيمة التقديرية أكبر من صفر.</translation>
    </message>
    <message>
        <source>The estimated value can be at most %1.</source>
        <translation>الحد الأقصى للقيمة التقديرية هو %1.</translation>
    </message>
    <message>
        <source>Total commission: %1</source>
        <translation>إجمالي العمولة: %1</translation>
    </message>
    <message>
        <source>Your commission: %1 (%2)</source>
        <translation>عمولتك: %1 (%2)</translation>
    </message>
    <message>
        <source>Type: %1 below %2, a fixed %3 from %2 up</source>
        <translation>النوع: %1 تحت %2، ومبلغ ثابت قدره %3 ابتداءً منه</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>النوع: %1</translation>
    </message>
    <message>
        <source>Type: Fixed (≥ %1)</source>
        <translation>النوع: ثابت (≥ %1)</translation>
    </message>
    <message>
        <source>Type: Percentage (%1)</source>
        <translation>النوع: نسبة مئوية (%1)</translation>
    </message>
    <message>
        <source>Cannot submit now.</source>
        <translation>يتعذّر التقديم الآن.</translation>
    </message>
</context>
<context>
    <name>lm::client::NotificationsModel</name>
    <message>
        <source>Healthy</source>
        <translation>جيد</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>انتباه</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>حرج</translation>
    </message>
    <message>
        <source>Depleted</source>
        <translation>نافد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
</context>
<context>
    <name>lm::client::OutboxModel</name>
    <message>
        <source>New lead</source>
        <translation>عميل محتمل جديد</translation>
    </message>
    <message>
        <source>Validate lead</source>
        <translation>قبول العميل المحتمل</translation>
    </message>
    <message>
        <source>Reject lead</source>
        <translation>رفض العميل المحتمل</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>في انتظار الإرسال</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>وُضع في الانتظار</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>العميل المحتمل</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>lm::client::PendingLeadsPanel</name>
    <message>
        <source>&amp;Validate…</source>
        <translation>&amp;قبول…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;رفض…</translation>
    </message>
    <message>
        <source>Filter by client name, email, phone or company (Ctrl+F)</source>
        <translation>تصفية حسب اسم العميل أو البريد الإلكتروني أو الهاتف أو الشركة (Ctrl+F)</translation>
    </message>
    <message>
        <source>No application here can open %1.</source>
        <translation>لا يوجد على هذا الحاسوب تطبيق يمكنه فتح %1.</translation>
    </message>
    <message>
        <source>Reject the selected leads (Delete)</source>
        <translation>رفض العملاء المحتملين المحددين (Delete)</translation>
    </message>
    <message>
        <source>Validate the selected leads (Enter)</source>
        <translation>قبول العملاء المحتملين المحددين (Enter)</translation>
    </message>
    <message>
        <source>Select one or more pending leads first.</source>
        <translation>اختر أولًا عميلًا محتملًا أو أكثر قيد الانتظار.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Leads waiting for your decision&lt;/b&gt;</source>
        <translation>&lt;b&gt;عملاء محتملون ينتظرون قرارك&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Validated leads&lt;/b&gt;</source>
        <translation>&lt;b&gt;العملاء المحتملون المقبولون&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected leads&lt;/b&gt;</source>
        <translation>&lt;b&gt;العملاء المحتملون المرفوضون&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expired leads&lt;/b&gt;</source>
        <translation>&lt;b&gt;العملاء المحتملون المنتهية صلاحيتهم&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n lead(s) • %1 to validate</source>
        <translation>
            <numerusform>المجموع: لا عملاء محتملين (%n) • %1 بانتظار القبول</numerusform>
            <numerusform>المجموع: عميل محتمل واحد • %1 بانتظار القبول</numerusform>
            <numerusform>المجموع: عميلان محتملان • %1 بانتظار القبول</numerusform>
            <numerusform>المجموع: %n عملاء محتملين • %1 بانتظار القبول</numerusform>
            <numerusform>المجموع: %n عميلًا محتملًا • %1 بانتظار القبول</numerusform>
            <numerusform>المجموع: %n عميل محتمل • %1 بانتظار القبول</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n lead(s) • %1 paid in commissions</source>
        <translation>
            <numerusform>المجموع: لا عملاء محتملين (%n) • %1 مدفوعة كعمولات</numerusform>
            <numerusform>المجموع: عميل محتمل واحد • %1 مدفوعة كعمولات</numerusform>
            <numerusform>المجموع: عميلان محتملان • %1 مدفوعة كعمولات</numerusform>
            <numerusform>المجموع: %n عملاء محتملين • %1 مدفوعة كعمولات</numerusform>
            <numerusform>المجموع: %n عميلًا محتملًا • %1 مدفوعة كعمولات</numerusform>
            <numerusform>المجموع: %n عميل محتمل • %1 مدفوعة كعمولات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n lead(s) • %1 released</source>
        <translation>
            <numerusform>المجموع: لا عملاء محتملين (%n) • %1 أُعيدت إلى الرصيد</numerusform>
            <numerusform>المجموع: عميل محتمل واحد • %1 أُعيدت إلى الرصيد</numerusform>
            <numerusform>المجموع: عميلان محتملان • %1 أُعيدت إلى الرصيد</numerusform>
            <numerusform>المجموع: %n عملاء محتملين • %1 أُعيدت إلى الرصيد</numerusform>
            <numerusform>المجموع: %n عميلًا محتملًا • %1 أُعيدت إلى الرصيد</numerusform>
            <numerusform>المجموع: %n عميل محتمل • %1 أُعيدت إلى الرصيد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::RechargeDialog</name>
    <message>
        <source>Bank card (Stripe)</source>
        <translation>بطاقة بنكية (Stripe)</translation>
    </message>
    <message>
        <source>Moroccan bank card (CMI)</source>
        <translation>بطاقة بنكية مغربية (CMI)</translation>
    </message>
    <message>
        <source>Test payment (sandbox)</source>
        <translation>دفع تجريبي (sandbox)</translation>
    </message>
    <message>
        <source>Recharge the deposit</source>
        <translation>شحن الوديعة</translation>
    </message>
    <message>
        <source>Pick an amount or type your own (at least %1).</source>
        <translation>اختر مبلغًا أو اكتب مبلغك (%1 على الأقل).</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;المبلغ (%1):</translation>
    </message>
    <message>
        <source>&amp;Pay with:</source>
        <translation>ال&amp;دفع بواسطة:</translation>
    </message>
    <message>
        <source>&amp;Continue to payment…</source>
        <translation>&amp;متابعة إلى الدفع…</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>أدخل مبلغًا.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; type for example %2.</source>
        <translation>«%1» ليس مبلغًا؛ اكتب مثلًا %2.</translation>
    </message>
    <message>
        <source>The minimum recharge is %1.</source>
        <translation>الحد الأدنى للشحن هو %1.</translation>
    </message>
    <message>
        <source>The maximum recharge is %1.</source>
        <translation>الحد الأقصى للشحن هو %1.</translation>
    </message>
</context>
<context>
    <name>lm::client::RechargeFlow</name>
    <message>
        <source>Payment window open: complete the payment there (or in your browser).</source>
        <translation>نافذة الدفع مفتوحة: أكمل الدفع هناك (أو في متصفحك).</translation>
    </message>
    <message>
        <source>A payment is already open.</source>
        <translation>هناك عملية دفع مفتوحة بالفعل.</translation>
    </message>
    <message>
        <source>Opening the payment of %1…</source>
        <translation>جارٍ فتح دفع %1…</translation>
    </message>
    <message>
        <source>Deposit recharged by %1</source>
        <translation>تم شحن الوديعة بمبلغ %1</translation>
    </message>
    <message>
        <source>You cancelled the payment. Your deposit has not changed.</source>
        <translation>لقد ألغيت الدفع. لم تتغير وديعتك.</translation>
    </message>
    <message>
        <source>The payment was refused or cancelled. Your deposit has not changed.</source>
        <translation>تم رفض الدفع أو إلغاؤه. لم تتغير وديعتك.</translation>
    </message>
    <message>
        <source>The payment expired before it was completed. Your deposit has not changed.</source>
        <translation>انتهت صلاحية الدفع قبل إكماله. لم تتغير وديعتك.</translation>
    </message>
    <message>
        <source>The payment window was closed before the payment was completed. If you paid in your browser, your balance will update at the next synchronisation.</source>
        <translation>أُغلقت نافذة الدفع قبل إكمال الدفع. إذا دفعت في متصفحك، فسيُحدَّث رصيدك في المزامنة القادمة.</translation>
    </message>
    <message>
        <source>The payment could not be started: %1</source>
        <translation>تعذر بدء الدفع: %1</translation>
    </message>
    <message>
        <source>Recharge</source>
        <translation>الشحن</translation>
    </message>
    <message>
        <source>Open the &amp;receipt</source>
        <translation>فتح ال&amp;إيصال</translation>
    </message>
    <message>
        <source>Downloading the receipt…</source>
        <translation>جارٍ تنزيل الإيصال…</translation>
    </message>
    <message>
        <source>The receipt is not ready yet. Try again in a moment.</source>
        <translation>الإيصال غير جاهز بعد. حاول مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <source>The receipt could not be downloaded: %1</source>
        <translation>تعذر تنزيل الإيصال: %1</translation>
    </message>
    <message>
        <source>LeadMarket receipt %1.pdf</source>
        <translation>إيصال LeadMarket %1.pdf</translation>
    </message>
    <message>
        <source>The receipt could not be saved in %1.</source>
        <translation>تعذر حفظ الإيصال في %1.</translation>
    </message>
    <message>
        <source>Receipt saved: %1</source>
        <translation>تم حفظ الإيصال: %1</translation>
    </message>
    <message>
        <source>Preparing the recharge…</source>
        <translation>جارٍ تحضير الشحن…</translation>
    </message>
    <message>
        <source>Recharging needs the server, which cannot be reached now: %1</source>
        <translation>يتطلب الشحن الاتصال بالخادم، وهو غير متاح حاليًا: %1</translation>
    </message>
    <message>
        <source>This server takes no payments at the moment. Please contact LeadMarket.</source>
        <translation>لا يقبل هذا الخادم أي دفع في الوقت الحالي. يرجى التواصل مع LeadMarket.</translation>
    </message>
</context>
<context>
    <name>lm::client::RejectLeadDialog</name>
    <message>
        <source>Reject lead</source>
        <translation>رفض العميل المحتمل</translation>
    </message>
    <message>
        <source>Reject the lead of %1? Its reserved commission goes back to your available deposit.</source>
        <translation>رفض العميل المحتمل %1؟ تعود عمولته المحجوزة إلى رصيدك المتاح.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>Reject leads</source>
        <translation>رفض العملاء المحتملين</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n lead(s)? Their reserved commissions go back to your available deposit.</source>
        <translation>
            <numerusform>رفض %n عميل محتمل؟ تعود عمولاتهم المحجوزة إلى رصيدك المتاح.</numerusform>
            <numerusform>رفض عميل محتمل واحد؟ تعود عمولته المحجوزة إلى رصيدك المتاح.</numerusform>
            <numerusform>رفض عميلين محتملين؟ تعود عمولتاهما المحجوزتان إلى رصيدك المتاح.</numerusform>
            <numerusform>رفض %n عملاء محتملين؟ تعود عمولاتهم المحجوزة إلى رصيدك المتاح.</numerusform>
            <numerusform>رفض %n عميلًا محتملًا؟ تعود عمولاتهم المحجوزة إلى رصيدك المتاح.</numerusform>
            <numerusform>رفض %n عميل محتمل؟ تعود عمولاتهم المحجوزة إلى رصيدك المتاح.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>client names</comment>
        <translation>
            <numerusform>ولا أحد آخر (%n)</numerusform>
            <numerusform>وعميل آخر</numerusform>
            <numerusform>وعميلان آخران</numerusform>
            <numerusform>و%n عملاء آخرين</numerusform>
            <numerusform>و%n عميلًا آخر</numerusform>
            <numerusform>و%n عميل آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate lead</source>
        <translation>عميل محتمل مكرر</translation>
    </message>
    <message>
        <source>Client unreachable</source>
        <translation>تعذّر التواصل مع العميل</translation>
    </message>
    <message>
        <source>Client not interested</source>
        <translation>العميل غير مهتم</translation>
    </message>
    <message>
        <source>Outside our service area</source>
        <translation>خارج منطقة خدمتنا</translation>
    </message>
    <message>
        <source>Fake or wrong contact details</source>
        <translation>بيانات اتصال مزيفة أو خاطئة</translation>
    </message>
    <message>
        <source>Budget too small</source>
        <translation>الميزانية غير كافية</translation>
    </message>
    <message>
        <source>Required: pick a reason or type your own</source>
        <translation>إلزامي: اختر سببًا أو اكتب سببك</translation>
    </message>
    <message>
        <source>Released to your available deposit:</source>
        <translation>يعود إلى رصيدك المتاح:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reject %n leads</source>
        <translation>
            <numerusform>&amp;رفض %n عميل محتمل</numerusform>
            <numerusform>&amp;رفض عميل محتمل واحد</numerusform>
            <numerusform>&amp;رفض عميلين محتملين</numerusform>
            <numerusform>&amp;رفض %n عملاء محتملين</numerusform>
            <numerusform>&amp;رفض %n عميلًا محتملًا</numerusform>
            <numerusform>&amp;رفض %n عميل محتمل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::SyncEngine</name>
    <message>
        <source>Sending queued actions</source>
        <translation>إرسال الإجراءات المنتظرة</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
</context>
<context>
    <name>lm::client::TransactionsModel</name>
    <message>
        <source>Recharge</source>
        <translation>شحن</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>حجز</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Commission paid</source>
        <translation>عمولة مدفوعة</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>تسوية</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>العملية</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>الرصيد بعد</translation>
    </message>
    <message>
        <source>Reserved after</source>
        <translation>المحجوز بعد</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Lead of %1</source>
        <translation>العميل المحتمل %1</translation>
    </message>
    <message>
        <source>%1 reserved</source>
        <translation>%1 محجوزة</translation>
    </message>
    <message>
        <source>%1 released</source>
        <translation>%1 مُحرَّرة</translation>
    </message>
</context>
<context>
    <name>lm::client::ValidateLeadDialog</name>
    <message>
        <source>Validate lead</source>
        <translation>قبول العميل المحتمل</translation>
    </message>
    <message>
        <source>Validate the lead of %1? The commission of %2 will be paid from your deposit.</source>
        <translation>قبول العميل المحتمل %1؟ ستُدفع عمولة %2 من رصيدك.</translation>
    </message>
    <message>
        <source>Optional: how was this client?</source>
        <translation>اختياري: كيف كان هذا العميل؟</translation>
    </message>
    <message>
        <source>&amp;Quality score (1–10):</source>
        <translation>&amp;تقييم الجودة (1–10):</translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation>ال&amp;تعليق:</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;قبول</translation>
    </message>
    <message>
        <source>Validate leads</source>
        <translation>قبول العملاء المحتملين</translation>
    </message>
    <message numerus="yes">
        <source>Validate %n lead(s)? Their commissions, %1 in all, will be paid from your deposit.</source>
        <translation>
            <numerusform>قبول %n عميل محتمل؟ ستُدفع عمولاتهم من رصيدك، بإجمالي %1.</numerusform>
            <numerusform>قبول عميل محتمل واحد؟ ستُدفع عمولته، وقدرها %1، من رصيدك.</numerusform>
            <numerusform>قبول عميلين محتملين؟ ستُدفع عمولتاهما من رصيدك، بإجمالي %1.</numerusform>
            <numerusform>قبول %n عملاء محتملين؟ ستُدفع عمولاتهم من رصيدك، بإجمالي %1.</numerusform>
            <numerusform>قبول %n عميلًا محتملًا؟ ستُدفع عمولاتهم من رصيدك، بإجمالي %1.</numerusform>
            <numerusform>قبول %n عميل محتمل؟ ستُدفع عمولاتهم من رصيدك، بإجمالي %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>client names</comment>
        <translation>
            <numerusform>ولا أحد آخر (%n)</numerusform>
            <numerusform>وعميل آخر</numerusform>
            <numerusform>وعميلان آخران</numerusform>
            <numerusform>و%n عملاء آخرين</numerusform>
            <numerusform>و%n عميلًا آخر</numerusform>
            <numerusform>و%n عميل آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <comment>quality score not chosen yet</comment>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>Commission to be deducted:</source>
        <translation>العمولة التي ستُخصم:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Validate %n leads</source>
        <translation>
            <numerusform>&amp;قبول %n عميل محتمل</numerusform>
            <numerusform>&amp;قبول عميل محتمل واحد</numerusform>
            <numerusform>&amp;قبول عميلين محتملين</numerusform>
            <numerusform>&amp;قبول %n عملاء محتملين</numerusform>
            <numerusform>&amp;قبول %n عميلًا محتملًا</numerusform>
            <numerusform>&amp;قبول %n عميل محتمل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::Workspace</name>
    <message>
        <source>Export &amp;leads to CSV…</source>
        <translation>تصدير ال&amp;عملاء المحتملين إلى CSV…</translation>
    </message>
    <message>
        <source>Save the leads shown in the leads table as a spreadsheet file</source>
        <translation>حفظ العملاء المحتملين المعروضين في الجدول كملف جدول بيانات</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>تصدير العملاء المحتملين</translation>
    </message>
    <message>
        <source>leads-%1.csv</source>
        <translation>leads-%1.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1</source>
        <translation>
            <numerusform>لم يُحفظ أي سطر (%n) في %1</numerusform>
            <numerusform>تم حفظ سطر واحد في %1</numerusform>
            <numerusform>تم حفظ سطرين في %1</numerusform>
            <numerusform>تم حفظ %n أسطر في %1</numerusform>
            <numerusform>تم حفظ %n سطرًا في %1</numerusform>
            <numerusform>تم حفظ %n سطر في %1</numerusform>
        </translation>
    </message>
</context>
</TS>
