<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name></name>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Rejection upheld</source>
        <translation>تم تأكيد الرفض</translation>
    </message>
    <message>
        <source>Overturned: lead validated</source>
        <translation>أُلغي الرفض: تم قبول العميل المحتمل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>تاريخ الاعتراض</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
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
        <source>Commission</source>
        <translation>العمولة</translation>
    </message>
    <message>
        <source>Merchant&apos;s reason</source>
        <translation>سبب التاجر</translation>
    </message>
    <message>
        <source>Influencer&apos;s note</source>
        <translation>ملاحظة المؤثر</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>ملاحظة القرار</translation>
    </message>
    <message>
        <source>Disputed rejections</source>
        <translation>الرفض المعترض عليه</translation>
    </message>
    <message>
        <source>Show disputes with status</source>
        <translation>عرض الاعتراضات ذات الحالة</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Search by client, campaign, influencer or note</source>
        <translation>البحث بالعميل أو الحملة أو المؤثر أو الملاحظة</translation>
    </message>
    <message>
        <source>No dispute with this status. Influencers can dispute a rejection within 7 days.</source>
        <translation>لا يوجد اعتراض بهذه الحالة. يمكن للمؤثرين الاعتراض على الرفض خلال 7 أيام.</translation>
    </message>
    <message>
        <source>O&amp;verturn…</source>
        <translation>إلغاء الرفض (&amp;V)…</translation>
    </message>
    <message>
        <source>Validate the lead: the merchant is charged its commission</source>
        <translation>قبول العميل المحتمل: تُخصم العمولة من التاجر</translation>
    </message>
    <message>
        <source>&amp;Uphold the rejection…</source>
        <translation>تأكيد الرفض (&amp;U)…</translation>
    </message>
    <message>
        <source>Keep the rejection: the influencer is told</source>
        <translation>الإبقاء على الرفض: يُبلَّغ المؤثر</translation>
    </message>
    <message>
        <source>Overturn a rejection</source>
        <translation>إلغاء رفض</translation>
    </message>
    <message>
        <source>Uphold a rejection</source>
        <translation>تأكيد رفض</translation>
    </message>
    <message>
        <source>Validate the lead of %1? The merchant&apos;s deposit is charged %2, as if the merchant had validated it, and both sides are told.</source>
        <translation>قبول العميل المحتمل %1؟ يُخصم %2 من رصيد التاجر كما لو قبله بنفسه، ويُبلَّغ الطرفان.</translation>
    </message>
    <message>
        <source>Keep the rejection of %1&apos;s lead? The influencer is told.</source>
        <translation>الإبقاء على رفض العميل المحتمل %1؟ يُبلَّغ المؤثر.</translation>
    </message>
    <message>
        <source>&amp;Overturn</source>
        <translation>إلغاء الرفض (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Uphold</source>
        <translation>تأكيد (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Note for both sides:</source>
        <translation>ملاحظة للطرفين (&amp;N):</translation>
    </message>
    <message>
        <source>%1&apos;s lead is validated and charged.</source>
        <translation>تم قبول العميل المحتمل %1 وخصم عمولته.</translation>
    </message>
    <message>
        <source>The rejection of %1&apos;s lead is upheld.</source>
        <translation>تم تأكيد رفض العميل المحتمل %1.</translation>
    </message>
</context>
<context>
    <name>AdminPages</name>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>تُخطّيت</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>التاجر</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>المؤثر</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Blocked a merchant&apos;s deposit</source>
        <translation>حظر رصيد تاجر</translation>
    </message>
    <message>
        <source>Unblocked a merchant&apos;s deposit</source>
        <translation>رفع الحظر عن رصيد تاجر</translation>
    </message>
    <message>
        <source>Created an account</source>
        <translation>إنشاء حساب</translation>
    </message>
    <message>
        <source>Disabled an account</source>
        <translation>تعطيل حساب</translation>
    </message>
    <message>
        <source>Enabled an account</source>
        <translation>تفعيل حساب</translation>
    </message>
    <message>
        <source>Marked a payout paid</source>
        <translation>تسجيل دفع تحويل أرباح</translation>
    </message>
    <message>
        <source>Rejected a payout</source>
        <translation>رفض تحويل أرباح</translation>
    </message>
    <message>
        <source>Erased a lead&apos;s contact details</source>
        <translation>محو بيانات اتصال عميل محتمل</translation>
    </message>
    <message>
        <source>Deposit check and alerts (every hour)</source>
        <translation>فحص الأرصدة والتنبيهات (كل ساعة)</translation>
    </message>
    <message>
        <source>Daily report for the admins (09:00)</source>
        <translation>التقرير اليومي للمسؤولين (09:00)</translation>
    </message>
    <message>
        <source>Expiry of leads pending over 72 h (23:00)</source>
        <translation>انتهاء صلاحية العملاء المحتملين المنتظرين لأكثر من 72 ساعة (23:00)</translation>
    </message>
    <message>
        <source>Erasure of old clients&apos; contact details (daily)</source>
        <translation>محو بيانات اتصال العملاء القدامى (يوميًا)</translation>
    </message>
    <message numerus="yes">
        <source>%n deposit(s) checked</source>
        <translation>
            <numerusform>لم يُفحص أي رصيد (%n)</numerusform>
            <numerusform>فُحص رصيد واحد</numerusform>
            <numerusform>فُحص رصيدان</numerusform>
            <numerusform>فُحصت %n أرصدة</numerusform>
            <numerusform>فُحص %n رصيدًا</numerusform>
            <numerusform>فُحص %n رصيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) sent</source>
        <translation>
            <numerusform>لم يُرسل أي تنبيه (%n)</numerusform>
            <numerusform>أُرسل تنبيه واحد</numerusform>
            <numerusform>أُرسل تنبيهان</numerusform>
            <numerusform>أُرسلت %n تنبيهات</numerusform>
            <numerusform>أُرسل %n تنبيهًا</numerusform>
            <numerusform>أُرسل %n تنبيه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>لم يُحظر أي رصيد (%n)</numerusform>
            <numerusform>حُظر رصيد واحد</numerusform>
            <numerusform>حُظر رصيدان</numerusform>
            <numerusform>حُظرت %n أرصدة</numerusform>
            <numerusform>حُظر %n رصيدًا</numerusform>
            <numerusform>حُظر %n رصيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) expired</source>
        <translation>
            <numerusform>لم تنتهِ صلاحية أي عميل محتمل (%n)</numerusform>
            <numerusform>انتهت صلاحية عميل محتمل واحد</numerusform>
            <numerusform>انتهت صلاحية عميلين محتملين</numerusform>
            <numerusform>انتهت صلاحية %n عملاء محتملين</numerusform>
            <numerusform>انتهت صلاحية %n عميلًا محتملًا</numerusform>
            <numerusform>انتهت صلاحية %n عميل محتمل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) erased</source>
        <translation>
            <numerusform>لم تُمحَ بيانات أي عميل محتمل (%n)</numerusform>
            <numerusform>مُحيت بيانات عميل محتمل واحد</numerusform>
            <numerusform>مُحيت بيانات عميلين محتملين</numerusform>
            <numerusform>مُحيت بيانات %n عملاء محتملين</numerusform>
            <numerusform>مُحيت بيانات %n عميلًا محتملًا</numerusform>
            <numerusform>مُحيت بيانات %n عميل محتمل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report of %1: %n lead(s) created</source>
        <translation>
            <numerusform>تقرير %1: لا عملاء محتملين جدد (%n)</numerusform>
            <numerusform>تقرير %1: عميل محتمل جديد واحد</numerusform>
            <numerusform>تقرير %1: عميلان محتملان جديدان</numerusform>
            <numerusform>تقرير %1: %n عملاء محتملين جدد</numerusform>
            <numerusform>تقرير %1: %n عميلًا محتملًا جديدًا</numerusform>
            <numerusform>تقرير %1: %n عميل محتمل جديد</numerusform>
        </translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>آخر خطأ</translation>
    </message>
    <message>
        <source>Outgoing messages</source>
        <translation>الرسائل الصادرة</translation>
    </message>
    <message>
        <source>Show messages with status</source>
        <translation>عرض الرسائل حسب الحالة</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Search by recipient, subject or error</source>
        <translation>ابحث حسب المستلم أو الموضوع أو الخطأ</translation>
    </message>
    <message>
        <source>No message with this status.</source>
        <translation>لا توجد رسائل بهذه الحالة.</translation>
    </message>
    <message>
        <source>Showing the %1 most recent messages.</source>
        <translation>تُعرض أحدث الرسائل فقط (%1).</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>آخر نتيجة</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>آخر تشغيل</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>التشغيل التالي</translation>
    </message>
    <message>
        <source>Scheduled jobs</source>
        <translation>المهام المجدولة</translation>
    </message>
    <message>
        <source>The server has no scheduled job.</source>
        <translation>لا توجد مهام مجدولة على الخادم.</translation>
    </message>
    <message>
        <source>&amp;Run now…</source>
        <translation>تشغيل الآن (&amp;R)…</translation>
    </message>
    <message>
        <source>Run the selected job now, as its schedule would</source>
        <translation>تشغيل المهمة المحددة الآن كما يفعل جدولها</translation>
    </message>
    <message>
        <source>Run a job</source>
        <translation>تشغيل مهمة</translation>
    </message>
    <message>
        <source>Run “%1” now? It does what its scheduled run does (alerts, emails, expiries) and does not change its schedule.</source>
        <translation>تشغيل «%1» الآن؟ ستقوم بما يقوم به تشغيلها المجدول (التنبيهات والرسائل الإلكترونية وانتهاء الصلاحيات) دون تغيير جدولها.</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>تشغيل الآن (&amp;R)</translation>
    </message>
    <message>
        <source>“%1” ran: %2.</source>
        <translation>تم تشغيل «%1»: %2.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Show accounts with role</source>
        <translation>عرض الحسابات حسب الدور</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>كل الأدوار</translation>
    </message>
    <message>
        <source>Merchants</source>
        <translation>التجار</translation>
    </message>
    <message>
        <source>Influencers</source>
        <translation>المؤثرون</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>المسؤولون</translation>
    </message>
    <message>
        <source>Search by email or name</source>
        <translation>ابحث حسب البريد الإلكتروني أو الاسم</translation>
    </message>
    <message>
        <source>No account matches this role and search.</source>
        <translation>لا يوجد حساب يطابق هذا الدور وهذا البحث.</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>إضافة مستخدم (&amp;N)…</translation>
    </message>
    <message>
        <source>Create an account of any role</source>
        <translation>إنشاء حساب بأي دور</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>تعطيل (&amp;D)…</translation>
    </message>
    <message>
        <source>Sign the account out everywhere and refuse its sign-ins</source>
        <translation>تسجيل خروج الحساب من كل مكان ورفض تسجيلات دخوله</translation>
    </message>
    <message>
        <source>Ena&amp;ble…</source>
        <translation>تفعيل (&amp;B)…</translation>
    </message>
    <message>
        <source>Let the account sign in again</source>
        <translation>السماح للحساب بتسجيل الدخول من جديد</translation>
    </message>
    <message>
        <source>You cannot disable your own account</source>
        <translation>لا يمكنك تعطيل حسابك الخاص</translation>
    </message>
    <message>
        <source>The account of %1 (%2) was created.</source>
        <translation>تم إنشاء حساب %1 (%2).</translation>
    </message>
    <message>
        <source>Disable an account</source>
        <translation>تعطيل حساب</translation>
    </message>
    <message>
        <source>Enable an account</source>
        <translation>تفعيل حساب</translation>
    </message>
    <message>
        <source>Disable the account of %1 (%2)? They are signed out everywhere at once and cannot sign in until an administrator enables the account again.</source>
        <translation>تعطيل حساب %1 (%2)؟ سيُسجَّل خروج صاحبه من كل مكان فورًا، ولن يتمكن من تسجيل الدخول حتى يعيد أحد المسؤولين تفعيل الحساب.</translation>
    </message>
    <message>
        <source>Enable the account of %1 (%2)? They can sign in again.</source>
        <translation>تفعيل حساب %1 (%2)؟ سيتمكن صاحبه من تسجيل الدخول من جديد.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>تعطيل (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>تفعيل (&amp;E)</translation>
    </message>
    <message>
        <source>%1 is disabled and signed out.</source>
        <translation>%1: تم تعطيل الحساب وتسجيل خروجه.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>يمكن لـ %1 تسجيل الدخول من جديد.</translation>
    </message>
    <message>
        <source>Showing the first %1 accounts: search to narrow them.</source>
        <translation>تُعرض الحسابات الأولى فقط (%1): استعمل البحث لتضييق النتائج.</translation>
    </message>
    <message>
        <source>Payout requests</source>
        <translation>طلبات تحويل الأرباح</translation>
    </message>
    <message>
        <source>Show payouts with status</source>
        <translation>عرض تحويلات الأرباح حسب الحالة</translation>
    </message>
    <message>
        <source>Search by influencer, account or reference</source>
        <translation>ابحث حسب المؤثر أو الحساب أو المرجع</translation>
    </message>
    <message>
        <source>No payout with this status.</source>
        <translation>لا توجد تحويلات أرباح بهذه الحالة.</translation>
    </message>
    <message>
        <source>Mark &amp;paid…</source>
        <translation>تسجيل الدفع (&amp;P)…</translation>
    </message>
    <message>
        <source>Record the bank transfer of the selected payout</source>
        <translation>تسجيل الحوالة البنكية لتحويل الأرباح المحدد</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>رفض (&amp;R)…</translation>
    </message>
    <message>
        <source>Refuse the payout: the amount goes back to the influencer</source>
        <translation>رفض تحويل الأرباح: يعود المبلغ إلى المؤثر</translation>
    </message>
    <message>
        <source>Mark a payout paid</source>
        <translation>تسجيل دفع تحويل أرباح</translation>
    </message>
    <message>
        <source>Reject a payout</source>
        <translation>رفض تحويل أرباح</translation>
    </message>
    <message>
        <source>Mark the payout of %1 to %2 (account %3) as paid? Enter the bank transfer&apos;s reference; the influencer is told.</source>
        <translation>تسجيل تحويل الأرباح بمبلغ %1 إلى %2 (الحساب %3) كمدفوع؟ أدخل مرجع الحوالة البنكية؛ سيتم إعلام المؤثر.</translation>
    </message>
    <message>
        <source>Reject the payout of %1 to %2? The amount goes back to the influencer&apos;s available earnings; the reason is sent to them.</source>
        <translation>رفض تحويل الأرباح بمبلغ %1 إلى %2؟ يعود المبلغ إلى الأرباح المتاحة للمؤثر، ويُرسَل إليه السبب.</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>تسجيل الدفع (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reject payout</source>
        <translation>رفض تحويل الأرباح (&amp;R)</translation>
    </message>
    <message>
        <source>Transfer &amp;reference:</source>
        <translation>مرجع الحوالة (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب (&amp;R):</translation>
    </message>
    <message>
        <source>The payout of %1 to %2 is marked paid.</source>
        <translation>تم تسجيل تحويل الأرباح بمبلغ %1 إلى %2 كمدفوع.</translation>
    </message>
    <message>
        <source>The payout of %1 to %2 is rejected.</source>
        <translation>تم رفض تحويل الأرباح بمبلغ %1 إلى %2.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>merchant %1</source>
        <translation>التاجر %1</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>الحساب %1</translation>
    </message>
    <message>
        <source>payout %1</source>
        <translation>تحويل الأرباح %1</translation>
    </message>
    <message>
        <source>lead %1</source>
        <translation>العميل المحتمل %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المنفِّذ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Search by who, action, target or details</source>
        <translation>ابحث حسب المنفِّذ أو الإجراء أو الهدف أو التفاصيل</translation>
    </message>
    <message>
        <source>No administrator action recorded yet.</source>
        <translation>لم يُسجَّل أي إجراء للمسؤولين بعد.</translation>
    </message>
    <message>
        <source>Showing the %1 most recent entries.</source>
        <translation>تُعرض أحدث الإدخالات فقط (%1).</translation>
    </message>
    <message>
        <source>&amp;Run the ledger check</source>
        <translation>تشغيل التحقق من دفتر الحسابات (&amp;R)</translation>
    </message>
    <message>
        <source>Merchant or influencer</source>
        <translation>التاجر أو المؤثر</translation>
    </message>
    <message>
        <source>the whole ledger</source>
        <translation>دفتر الحسابات بأكمله</translation>
    </message>
    <message>
        <source>influencer %1</source>
        <translation>المؤثر %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <source>Ledger mismatches</source>
        <translation>فروق دفتر الحسابات</translation>
    </message>
    <message>
        <source>No mismatch: every deposit equals its ledger.</source>
        <translation>لا فروق: كل رصيد يطابق دفتر حساباته.</translation>
    </message>
    <message>
        <source>Run the ledger check</source>
        <translation>تشغيل التحقق من دفتر الحسابات</translation>
    </message>
    <message>
        <source>Compare every deposit and every influencer&apos;s earnings with their ledgers</source>
        <translation>مقارنة كل رصيد وأرباح كل مؤثر بقيودها في دفتر الحسابات</translation>
    </message>
    <message>
        <source>Run the check to compare every deposit with its ledger rows and every influencer&apos;s earnings with their payouts.</source>
        <translation>شغّل التحقق لمقارنة كل رصيد بقيوده في دفتر الحسابات، وأرباح كل مؤثر بتحويلات أرباحه.</translation>
    </message>
    <message numerus="yes">
        <source>OK — %n deposit(s) checked</source>
        <translation>
            <numerusform>سليم — لم يُفحص أي رصيد (%n)</numerusform>
            <numerusform>سليم — فُحص رصيد واحد</numerusform>
            <numerusform>سليم — فُحص رصيدان</numerusform>
            <numerusform>سليم — فُحصت %n أرصدة</numerusform>
            <numerusform>سليم — فُحص %n رصيدًا</numerusform>
            <numerusform>سليم — فُحص %n رصيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mismatch(es) found</source>
        <translation>
            <numerusform>لم يوجد أي فرق (%n)</numerusform>
            <numerusform>وُجد فرق واحد</numerusform>
            <numerusform>وُجد فرقان</numerusform>
            <numerusform>وُجدت %n فروق</numerusform>
            <numerusform>وُجد %n فرقًا</numerusform>
            <numerusform>وُجد %n فرق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n influencer(s)</source>
        <translation>
            <numerusform>لا مؤثرين (%n)</numerusform>
            <numerusform>مؤثر واحد</numerusform>
            <numerusform>مؤثران</numerusform>
            <numerusform>%n مؤثرين</numerusform>
            <numerusform>%n مؤثرًا</numerusform>
            <numerusform>%n مؤثر</numerusform>
        </translation>
    </message>
    <message>
        <source>Ran a scheduled job by hand</source>
        <translation>تشغيل مهمة مجدولة يدويًا</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>المهمة %1</translation>
    </message>
</context>
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
    <message>
        <source>RIB</source>
        <translation>رقم الحساب البنكي (RIB)</translation>
    </message>
    <message>
        <source>account holder</source>
        <translation>صاحب الحساب</translation>
    </message>
    <message>
        <source>bank details</source>
        <translation>البيانات البنكية</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>transfer reference</source>
        <translation>مرجع الحوالة</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>This feature is not set up on the server yet. Please contact the LeadMarket administrator.</source>
        <translation>هذه الميزة غير مُعدّة على الخادم بعد. يُرجى الاتصال بمسؤول LeadMarket.</translation>
    </message>
    <message>
        <source>This has already been decided (perhaps by another administrator).</source>
        <translation>سبق اتخاذ قرار بشأن هذا (ربما من طرف مسؤول آخر).</translation>
    </message>
    <message>
        <source>This account is disabled. Please contact the LeadMarket administrator.</source>
        <translation>هذا الحساب معطّل. يُرجى الاتصال بمسؤول LeadMarket.</translation>
    </message>
    <message>
        <source>Confirm your email address first: open the link LeadMarket sent you.</source>
        <translation>أكّد بريدك الإلكتروني أولًا: افتح الرابط الذي أرسله إليك LeadMarket.</translation>
    </message>
    <message>
        <source>Only a rejected lead can be disputed.</source>
        <translation>لا يمكن الاعتراض إلا على عميل محتمل مرفوض.</translation>
    </message>
    <message>
        <source>This rejection is already disputed.</source>
        <translation>تم الاعتراض على هذا الرفض مسبقًا.</translation>
    </message>
    <message>
        <source>A rejection can be disputed within 7 days only.</source>
        <translation>لا يمكن الاعتراض على الرفض إلا خلال 7 أيام.</translation>
    </message>
    <message>
        <source>code from the email</source>
        <translation>الرمز المرسل بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>current password</source>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
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
    <name>LevelLook</name>
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
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء (&amp;C)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
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
    <name>lm::client::AccountMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation>الحساب (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>الملف الشخصي (&amp;P)…</translation>
    </message>
    <message>
        <source>Your name, phone and the language of your emails and notifications</source>
        <translation>اسمك وهاتفك ولغة رسائلك البريدية وإشعاراتك</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>تغيير كلمة المرور (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Verify email…</source>
        <translation>تأكيد البريد الإلكتروني (&amp;V)…</translation>
    </message>
    <message>
        <source>Confirm your email address with the code LeadMarket sent you</source>
        <translation>أكّد بريدك الإلكتروني بالرمز الذي أرسله إليك LeadMarket</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>تم تغيير كلمة المرور.</translation>
    </message>
    <message>
        <source>Your profile has been saved.</source>
        <translation>تم حفظ ملفك الشخصي.</translation>
    </message>
    <message>
        <source>Your email address is verified.</source>
        <translation>تم تأكيد بريدك الإلكتروني.</translation>
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
    <message>
        <source>This action is being sent: it can no longer be cancelled.</source>
        <translation>هذا الإجراء قيد الإرسال: لم يعد بالإمكان إلغاؤه.</translation>
    </message>
    <message>
        <source>This action is no longer waiting to be sent.</source>
        <translation>لم يعد هذا الإجراء في انتظار الإرسال.</translation>
    </message>
</context>
<context>
    <name>lm::client::AdminActionDialog</name>
    <message>
        <source>Required</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>The server refused this: %1</source>
        <translation>رفضه الخادم: %1</translation>
    </message>
</context>
<context>
    <name>lm::client::AdminListPage</name>
    <message>
        <source>This needs a connection to the LeadMarket server, which cannot be reached right now. Check the connection, then try again.</source>
        <translation>يتطلب هذا الاتصال بخادم LeadMarket، وهو غير متاح حاليًا. تحقّق من الاتصال ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>إعادة المحاولة (&amp;R)</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>جارٍ التحميل</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>لم يُحمَّل بعد.</translation>
    </message>
    <message>
        <source>Nothing matches this search or filter.</source>
        <translation>لا شيء يطابق هذا البحث أو عامل التصفية.</translation>
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
    <message>
        <source>Alerts</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>تحويلات الأرباح</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>دفتر الحسابات</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Search notifications</source>
        <translation>البحث في الإشعارات</translation>
    </message>
    <message>
        <source>No notification yet: critical and depleted deposits are announced here.</source>
        <translation>لا توجد إشعارات بعد: يُعلَن هنا عن الأرصدة الحرجة والنافدة.</translation>
    </message>
    <message>
        <source>Search campaigns or merchants</source>
        <translation>البحث في الحملات أو التجار</translation>
    </message>
    <message>
        <source>No campaign yet.</source>
        <translation>لا توجد حملات بعد.</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>وضع علامة كمقروء (&amp;R)</translation>
    </message>
    <message>
        <source>Mark the selected notification as read</source>
        <translation>وضع علامة على الإشعار المحدد كمقروء</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>وضع علامة على الكل كمقروء (&amp;A)</translation>
    </message>
    <message>
        <source>Mark every notification as read</source>
        <translation>وضع علامة على كل الإشعارات كمقروءة</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>الاعتراضات</translation>
    </message>
</context>
<context>
    <name>lm::client::AlertsBoard</name>
    <message>
        <source>Merchants&apos; deposits</source>
        <translation>أرصدة التجار</translation>
    </message>
    <message>
        <source>Search merchants by name</source>
        <translation>البحث عن التجار بالاسم</translation>
    </message>
    <message>
        <source>No merchant yet: deposits appear here when merchants sign up.</source>
        <translation>لا يوجد تجار بعد: تظهر الأرصدة هنا عند تسجيل التجار.</translation>
    </message>
    <message>
        <source>No merchant matches this name and these levels.</source>
        <translation>لا يوجد تاجر يطابق هذا الاسم وهذه المستويات.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Refresh the board</source>
        <translation>تحديث اللوحة</translation>
    </message>
    <message>
        <source>Read every deposit again now (the board also refreshes every 30 seconds)</source>
        <translation>إعادة قراءة كل الأرصدة الآن (تتحدّث اللوحة أيضًا كل 30 ثانية)</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>حظر (&amp;B)…</translation>
    </message>
    <message>
        <source>Refuse the merchant&apos;s new leads until an administrator unblocks the deposit</source>
        <translation>رفض العملاء المحتملين الجدد للتاجر إلى أن يرفع أحد المسؤولين الحظر عن الرصيد</translation>
    </message>
    <message>
        <source>&amp;Unblock…</source>
        <translation>رفع الحظر (&amp;U)…</translation>
    </message>
    <message>
        <source>Take the merchant&apos;s new leads again</source>
        <translation>استقبال العملاء المحتملين الجدد للتاجر من جديد</translation>
    </message>
    <message>
        <source>&amp;Transactions…</source>
        <translation>المعاملات (&amp;T)…</translation>
    </message>
    <message>
        <source>The merchant&apos;s deposit ledger, newest first</source>
        <translation>قيود رصيد التاجر، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>آخر تحديث في %1</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>الكل: %1</translation>
    </message>
    <message numerus="yes">
        <source>Show every deposit (%n)</source>
        <translation>
            <numerusform>عرض كل الأرصدة (%n)</numerusform>
            <numerusform>عرض كل الأرصدة (%n)</numerusform>
            <numerusform>عرض كل الأرصدة (%n)</numerusform>
            <numerusform>عرض كل الأرصدة (%n)</numerusform>
            <numerusform>عرض كل الأرصدة (%n)</numerusform>
            <numerusform>عرض كل الأرصدة (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>level and its count</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 deposits: %n</source>
        <translation>
            <numerusform>الأرصدة بمستوى %1: %n</numerusform>
            <numerusform>الأرصدة بمستوى %1: %n</numerusform>
            <numerusform>الأرصدة بمستوى %1: %n</numerusform>
            <numerusform>الأرصدة بمستوى %1: %n</numerusform>
            <numerusform>الأرصدة بمستوى %1: %n</numerusform>
            <numerusform>الأرصدة بمستوى %1: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the %1 deposits (press several levels to combine them)</source>
        <translation>عرض الأرصدة بمستوى %1 فقط (اضغط على عدة مستويات لجمعها)</translation>
    </message>
    <message>
        <source>Block a merchant</source>
        <translation>حظر تاجر</translation>
    </message>
    <message>
        <source>Block the deposit of %1? Influencers&apos; new leads on its campaigns are refused until an administrator unblocks it; a recharge does not lift this block. The reason is kept in the audit log.</source>
        <translation>حظر رصيد %1؟ يُرفض العملاء المحتملون الجدد الذين يرسلهم المؤثرون إلى حملاته إلى أن يرفع أحد المسؤولين الحظر؛ ولا يرفع الشحن هذا الحظر. يُحفظ السبب في سجل التدقيق.</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>حظر (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب (&amp;R):</translation>
    </message>
    <message>
        <source>Unblock a merchant</source>
        <translation>رفع الحظر عن تاجر</translation>
    </message>
    <message>
        <source>Unblock the deposit of %1? Its campaigns take new leads again (a deposit still depleted is blocked again by the next deposit check).</source>
        <translation>رفع الحظر عن رصيد %1؟ تستقبل حملاته العملاء المحتملين الجدد من جديد (الرصيد الذي لا يزال نافدًا يُحظر مجددًا عند الفحص التالي للأرصدة).</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>رفع الحظر (&amp;U)</translation>
    </message>
    <message>
        <source>Optional, kept in the audit log</source>
        <translation>اختياري، يُحفظ في سجل التدقيق</translation>
    </message>
    <message>
        <source>%1 is blocked: its new leads are refused.</source>
        <translation>تم حظر رصيد %1: يُرفض عملاؤه المحتملون الجدد.</translation>
    </message>
    <message>
        <source>%1 is unblocked.</source>
        <translation>تم رفع الحظر عن رصيد %1.</translation>
    </message>
</context>
<context>
    <name>lm::client::AlertsModel</name>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Blocked: deposit depleted</source>
        <translation>محظور: الرصيد نافد</translation>
    </message>
    <message>
        <source>Blocked by an administrator: %1</source>
        <translation>محظور من طرف مسؤول: %1</translation>
    </message>
    <message>
        <source>Blocked by an administrator</source>
        <translation>محظور من طرف مسؤول</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percentage with one decimal</comment>
        <extracomment>A percentage with one decimal, e.g. &quot;68.3%&quot;; French puts a narrow no-break space before %.</extracomment>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>%1 of the reference %2 (the balance after the latest recharge)</source>
        <translation>%1 من المرجع %2 (الرصيد بعد آخر شحن)</translation>
    </message>
    <message>
        <source>Rejected leads out of the leads decided in the last 30 days</source>
        <translation>العملاء المحتملون المرفوضون من بين الذين اتُّخذ بشأنهم قرار خلال الثلاثين يومًا الماضية</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>المستوى: %1</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>التاجر</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>المحجوز</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>المتاح</translation>
    </message>
    <message>
        <source>Pending leads</source>
        <translation>العملاء المنتظرون</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last alert</source>
        <translation>آخر تنبيه</translation>
    </message>
    <message>
        <source>Rejected (30 days)</source>
        <translation>المرفوضون (30 يومًا)</translation>
    </message>
</context>
<context>
    <name>lm::client::BankDetailsDialog</name>
    <message>
        <source>Bank details</source>
        <translation>البيانات البنكية</translation>
    </message>
    <message>
        <source>Payouts go to the account ending %1. Enter the full RIB again to change it.</source>
        <translation>تُرسَل تحويلات الأرباح إلى الحساب المنتهي بـ %1. أدخل رقم الحساب البنكي (RIB) كاملًا من جديد لتغييره.</translation>
    </message>
    <message>
        <source>Payouts are sent by bank transfer to this account.</source>
        <translation>تُرسَل تحويلات الأرباح بحوالة بنكية إلى هذا الحساب.</translation>
    </message>
    <message>
        <source>The RIB is stored encrypted; only its last four digits are ever shown again.</source>
        <translation>يُحفظ رقم الحساب البنكي (RIB) مشفّرًا، ولن تُعرض منه لاحقًا إلا أرقامه الأربعة الأخيرة.</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>صاحب الحساب</translation>
    </message>
    <message>
        <source>RIB, 24 digits</source>
        <translation>رقم الحساب البنكي (RIB)، 24 رقمًا</translation>
    </message>
    <message>
        <source>Account &amp;holder:</source>
        <translation>اسم صاحب الحساب (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;RIB (24 digits):</source>
        <translation>رقم الحساب البنكي (RIB، 24 رقمًا) (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ (&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>A RIB has digits only (spaces are fine).</source>
        <translation>لا يحتوي رقم الحساب البنكي (RIB) إلا على أرقام (المسافات مقبولة).</translation>
    </message>
    <message numerus="yes">
        <source>A RIB has 24 digits; this one has %n.</source>
        <translation>
            <numerusform>يتكون رقم الحساب البنكي (RIB) من 24 رقمًا؛ وهذا لا يحتوي على أي رقم (%n).</numerusform>
            <numerusform>يتكون رقم الحساب البنكي (RIB) من 24 رقمًا؛ وهذا يحتوي على رقم واحد.</numerusform>
            <numerusform>يتكون رقم الحساب البنكي (RIB) من 24 رقمًا؛ وهذا يحتوي على رقمين.</numerusform>
            <numerusform>يتكون رقم الحساب البنكي (RIB) من 24 رقمًا؛ وهذا يحتوي على %n أرقام.</numerusform>
            <numerusform>يتكون رقم الحساب البنكي (RIB) من 24 رقمًا؛ وهذا يحتوي على %n رقمًا.</numerusform>
            <numerusform>يتكون رقم الحساب البنكي (RIB) من 24 رقمًا؛ وهذا يحتوي على %n رقم.</numerusform>
        </translation>
    </message>
    <message>
        <source>These 24 digits are not a valid RIB: the last two (the key) do not match. Check for a typo.</source>
        <translation>هذه الأرقام الأربعة والعشرون ليست رقم حساب بنكي (RIB) صالحًا: الرقمان الأخيران (المفتاح) غير متطابقين. تحقّق من عدم وجود خطأ في الكتابة.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>The server refused this RIB: %1</source>
        <translation>رفض الخادم رقم الحساب البنكي هذا: %1</translation>
    </message>
    <message>
        <source>The server refused this name: %1</source>
        <translation>رفض الخادم هذا الاسم: %1</translation>
    </message>
</context>
<context>
    <name>lm::client::Cache</name>
    <message>
        <source>Its client details cannot be read on this computer.</source>
        <translation>لا يمكن قراءة بيانات عميله على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>lm::client::CampaignDialog</name>
    <message>
        <source>Edit the campaign</source>
        <translation>تعديل الحملة</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>حملة جديدة</translation>
    </message>
    <message>
        <source>For example: Air conditioning in Casablanca</source>
        <translation>مثال: تكييف الهواء في الدار البيضاء</translation>
    </message>
    <message>
        <source>What you sell, to whom, and what makes a good lead</source>
        <translation>ما تبيعه، ولمن، وما الذي يجعل العميل المحتمل جيدًا</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>الوصف (&amp;D):</translation>
    </message>
    <message>
        <source>Commission per lead</source>
        <translation>العمولة عن كل عميل محتمل</translation>
    </message>
    <message>
        <source>&amp;Percentage of the value (%):</source>
        <translation>النسبة من القيمة (%) (&amp;P):</translation>
    </message>
    <message>
        <source>…&amp;below a value of (%1):</source>
        <translation>…لقيمة أقل من (%1) (&amp;B):</translation>
    </message>
    <message>
        <source>Fi&amp;xed commission from that value (%1):</source>
        <translation>عمولة ثابتة ابتداءً من هذه القيمة (%1) (&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Influencer&apos;s share (%):</source>
        <translation>حصة المؤثر (%) (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Example, a lead worth (%1):</source>
        <translation>مثال، عميل محتمل بقيمة (%1) (&amp;E):</translation>
    </message>
    <message>
        <source>New terms apply to the leads sent from now on.</source>
        <translation>تسري الشروط الجديدة على العملاء المحتملين المرسَلين من الآن فصاعدًا.</translation>
    </message>
    <message>
        <source>Influencers see these terms before they send you a lead.</source>
        <translation>يطّلع المؤثرون على هذه الشروط قبل أن يرسلوا إليك عميلًا محتملًا.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Create the campaign</source>
        <translation>إنشاء الحملة (&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>أدخل رقمًا.</translation>
    </message>
    <message>
        <source>Type a percentage such as %1.</source>
        <translation>اكتب نسبة مئوية، مثلًا %1.</translation>
    </message>
    <message>
        <source>Type an amount such as %1.</source>
        <translation>اكتب مبلغًا، مثلًا %1.</translation>
    </message>
    <message>
        <source>Type the terms and a value to see what a lead would cost.</source>
        <translation>أدخل الشروط وقيمةً لمعرفة تكلفة العميل المحتمل.</translation>
    </message>
    <message>
        <source>fixed, from %1</source>
        <translation>ثابتة، ابتداءً من %1</translation>
    </message>
    <message>
        <source>%1 % of the value</source>
        <translation>%1 % من القيمة</translation>
    </message>
    <message>
        <source>Commission %1 (%2): %3 to the influencer, %4 to LeadMarket.</source>
        <translation>العمولة %1 (%2): %3 للمؤثر، و%4 لـ LeadMarket.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Refused by the server: from 0 to 100 %.</source>
        <translation>رفضه الخادم: من 0 إلى 100 %.</translation>
    </message>
    <message>
        <source>Refused by the server: from 0 to %1.</source>
        <translation>رفضه الخادم: من 0 إلى %1.</translation>
    </message>
    <message numerus="yes">
        <source>Refused by the server: required, at most %n characters.</source>
        <translation>
            <numerusform>رفضه الخادم: إلزامي، %n حرف على الأكثر.</numerusform>
            <numerusform>رفضه الخادم: إلزامي، حرف واحد على الأكثر.</numerusform>
            <numerusform>رفضه الخادم: إلزامي، حرفان على الأكثر.</numerusform>
            <numerusform>رفضه الخادم: إلزامي، %n أحرف على الأكثر.</numerusform>
            <numerusform>رفضه الخادم: إلزامي، %n حرفًا على الأكثر.</numerusform>
            <numerusform>رفضه الخادم: إلزامي، %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused by the server: at most %n characters.</source>
        <translation>
            <numerusform>رفضه الخادم: %n حرف على الأكثر.</numerusform>
            <numerusform>رفضه الخادم: حرف واحد على الأكثر.</numerusform>
            <numerusform>رفضه الخادم: حرفان على الأكثر.</numerusform>
            <numerusform>رفضه الخادم: %n أحرف على الأكثر.</numerusform>
            <numerusform>رفضه الخادم: %n حرفًا على الأكثر.</numerusform>
            <numerusform>رفضه الخادم: %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>لم يُحفظ أي شيء: صحّح الحقول المعلَّمة باللون الأحمر.</translation>
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
    <name>lm::client::CampaignsPage</name>
    <message>
        <source>&amp;New campaign…</source>
        <translation>حملة جديدة (&amp;N)…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>تعديل (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>إيقاف مؤقت (&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;charge…</source>
        <translation>شحن (&amp;C)…</translation>
    </message>
    <message>
        <source>You have no campaign yet. Create one: influencers then send you leads for it, and you pay only for the leads you validate.</source>
        <translation>ليست لديك أي حملة بعد. أنشئ حملة: سيرسل إليك المؤثرون عملاء محتملين لها، ولا تدفع إلا مقابل العملاء المحتملين الذين تقبلهم.</translation>
    </message>
    <message>
        <source>Selected campaign</source>
        <translation>الحملة المحددة</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>لم يتغير أي شيء.</translation>
    </message>
    <message>
        <source>Campaign “%1” created.</source>
        <translation>تم إنشاء الحملة «%1».</translation>
    </message>
    <message>
        <source>Campaign “%1” saved.</source>
        <translation>تم حفظ الحملة «%1».</translation>
    </message>
    <message>
        <source>“%1” resumed: influencers can send leads to it again.</source>
        <translation>تم استئناف «%1»: يمكن للمؤثرين إرسال عملاء محتملين إليها من جديد.</translation>
    </message>
    <message>
        <source>“%1” paused: influencers can no longer send leads to it.</source>
        <translation>تم إيقاف «%1» مؤقتًا: لم يعد بإمكان المؤثرين إرسال عملاء محتملين إليها.</translation>
    </message>
    <message>
        <source>“%1” cannot be resumed: your deposit is blocked by LeadMarket. Contact LeadMarket to lift the block.</source>
        <translation>تعذّر استئناف «%1»: رصيدك محظور من طرف LeadMarket. اتصل بـ LeadMarket لرفع الحظر.</translation>
    </message>
    <message>
        <source>“%1” cannot be resumed: your deposit is empty. Recharge it and your campaigns paused for an empty deposit resume by themselves.</source>
        <translation>تعذّر استئناف «%1»: رصيدك نافد. اشحنه وستُستأنف تلقائيًا حملاتك المتوقفة بسبب نفاد الرصيد.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>استئناف (&amp;R)</translation>
    </message>
    <message>
        <source>Let influencers send leads to this campaign again</source>
        <translation>السماح للمؤثرين بإرسال عملاء محتملين إلى هذه الحملة من جديد</translation>
    </message>
    <message>
        <source>Stop new leads for this campaign; the leads already sent stay</source>
        <translation>إيقاف استقبال عملاء محتملين جدد لهذه الحملة؛ ويبقى العملاء المحتملون المرسَلون سابقًا</translation>
    </message>
    <message>
        <source>No campaign selected.</source>
        <translation>لم تُحدَّد أي حملة.</translation>
    </message>
    <message>
        <source>Commission: %1. The influencer gets %2 % of it.</source>
        <translation>العمولة: %1، ويحصل المؤثر على %2 % منها.</translation>
    </message>
    <message>
        <source>Paused because your deposit is empty: it resumes by itself when you recharge.</source>
        <translation>متوقفة مؤقتًا لأن رصيدك نافد: ستُستأنف تلقائيًا عندما تشحن رصيدك.</translation>
    </message>
    <message>
        <source>Paused by you: influencers see it but cannot send leads to it.</source>
        <translation>أوقفتها مؤقتًا: يراها المؤثرون لكن لا يمكنهم إرسال عملاء محتملين إليها.</translation>
    </message>
    <message>
        <source>Active, but your deposit is blocked by LeadMarket: influencers cannot send leads.</source>
        <translation>نشطة، لكن رصيدك محظور من طرف LeadMarket: لا يمكن للمؤثرين إرسال عملاء محتملين.</translation>
    </message>
    <message>
        <source>Active, but your deposit is empty: influencers cannot send leads until you recharge.</source>
        <translation>نشطة، لكن رصيدك نافد: لا يمكن للمؤثرين إرسال عملاء محتملين حتى تشحن رصيدك.</translation>
    </message>
    <message>
        <source>Active, but influencers cannot send leads until your deposit is recharged.</source>
        <translation>نشطة، لكن لا يمكن للمؤثرين إرسال عملاء محتملين حتى يُشحن رصيدك.</translation>
    </message>
    <message>
        <source>Active: influencers can send leads to it.</source>
        <translation>نشطة: يمكن للمؤثرين إرسال عملاء محتملين إليها.</translation>
    </message>
    <message>
        <source>No lead yet.</source>
        <translation>لا يوجد عملاء محتملون بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) received, %1 waiting for your decision.</source>
        <translation>
            <numerusform>لم يُستلَم أي عميل محتمل (%n)، بانتظار قرارك: %1.</numerusform>
            <numerusform>تم استلام عميل محتمل واحد، بانتظار قرارك: %1.</numerusform>
            <numerusform>تم استلام عميلين محتملين، بانتظار قرارك: %1.</numerusform>
            <numerusform>تم استلام %n عملاء محتملين، بانتظار قرارك: %1.</numerusform>
            <numerusform>تم استلام %n عميلًا محتملًا، بانتظار قرارك: %1.</numerusform>
            <numerusform>تم استلام %n عميل محتمل، بانتظار قرارك: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
</context>
<context>
    <name>lm::client::ChangePasswordDialog</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>استعمل %n حرف على الأقل.</numerusform>
            <numerusform>استعمل حرفًا واحدًا على الأقل.</numerusform>
            <numerusform>استعمل حرفين على الأقل.</numerusform>
            <numerusform>استعمل %n أحرف على الأقل.</numerusform>
            <numerusform>استعمل %n حرفًا على الأقل.</numerusform>
            <numerusform>استعمل %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>استعمل %n حرف على الأكثر.</numerusform>
            <numerusform>استعمل حرفًا واحدًا على الأكثر.</numerusform>
            <numerusform>استعمل حرفين على الأكثر.</numerusform>
            <numerusform>استعمل %n أحرف على الأكثر.</numerusform>
            <numerusform>استعمل %n حرفًا على الأكثر.</numerusform>
            <numerusform>استعمل %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are different. Type the same password again.</source>
        <translation>كلمتا المرور مختلفتان. اكتب كلمة المرور نفسها مرة أخرى.</translation>
    </message>
    <message>
        <source>Use between %1 and %2 characters.</source>
        <translation>استعمل ما بين %1 و%2 حرفًا.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>كلمة المرور الحالية (&amp;U):</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>كلمة المرور الجديدة (&amp;N):</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>تأكيد كلمة المرور (&amp;F):</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>تأكيد كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>You stay signed in here; your other computers will have to sign in again.</source>
        <translation>ستبقى متصلًا هنا؛ وسيتعين على حواسيبك الأخرى تسجيل الدخول من جديد.</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>تغيير كلمة المرور (&amp;C)</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>أدخل كلمة المرور الحالية.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>هذه ليست كلمة المرور الحالية.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
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
        <translation>شحن (&amp;C)…</translation>
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
    <name>lm::client::FirstRunGuide</name>
    <message>
        <source>Getting started</source>
        <translation>الخطوات الأولى</translation>
    </message>
    <message>
        <source>Two steps, and influencers can start sending you leads.</source>
        <translation>خطوتان فقط، ويمكن للمؤثرين البدء في إرسال عملاء محتملين إليك.</translation>
    </message>
    <message>
        <source>Create your first campaign: what you sell and what you pay for a lead.</source>
        <translation>أنشئ حملتك الأولى: ما تبيعه وما تدفعه مقابل كل عميل محتمل.</translation>
    </message>
    <message>
        <source>Create a &amp;first campaign…</source>
        <translation>إنشاء أول حملة (&amp;F)…</translation>
    </message>
    <message>
        <source>Recharge your deposit: each lead&apos;s commission is reserved on it, and paid only when you validate the lead.</source>
        <translation>اشحن رصيدك: تُحجز منه عمولة كل عميل محتمل، ولا تُدفع إلا عندما تقبل العميل المحتمل.</translation>
    </message>
    <message>
        <source>Re&amp;charge…</source>
        <translation>شحن (&amp;C)…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>الخطوة %1</translation>
    </message>
</context>
<context>
    <name>lm::client::ForgotPasswordDialog</name>
    <message>
        <source>Forgot password</source>
        <translation>نسيت كلمة المرور</translation>
    </message>
    <message>
        <source>Enter the email address of your account. We will send you a link to choose a new password.</source>
        <translation>أدخل البريد الإلكتروني لحسابك. سنرسل إليك رابطًا لاختيار كلمة مرور جديدة.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد الإلكتروني (&amp;E):</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>name@company.ma</source>
        <translation>name@company.ma</translation>
    </message>
    <message>
        <source>I already have a &amp;code</source>
        <translation>لدي رمز بالفعل (&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ode from the email:</source>
        <translation>الرمز المرسل بالبريد (&amp;O):</translation>
    </message>
    <message>
        <source>Code from the email</source>
        <translation>الرمز المرسل بالبريد</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>كلمة المرور الجديدة (&amp;N):</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>تأكيد كلمة المرور (&amp;F):</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>تأكيد كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Your password has been changed. Sign in with your new password.</source>
        <translation>تم تغيير كلمة المرور. سجّل الدخول بكلمة المرور الجديدة.</translation>
    </message>
    <message>
        <source>&amp;Send the link</source>
        <translation>إرسال الرابط (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Set the password</source>
        <translation>تعيين كلمة المرور (&amp;S)</translation>
    </message>
    <message>
        <source>Paste the code from the email we sent you, or its whole link, and choose a new password. Opening the link in a browser works too.</source>
        <translation>الصق الرمز من الرسالة التي أرسلناها إليك، أو رابطها كاملًا، واختر كلمة مرور جديدة. يمكنك أيضًا فتح الرابط في متصفح.</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>أدخل بريدًا إلكترونيًا صالحًا.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>If an account exists for %1, we sent it a link. Open it to choose a new password in your browser, or paste the code from the email here.</source>
        <translation>إذا كان هناك حساب لـ %1، فقد أرسلنا إليه رابطًا. افتحه لاختيار كلمة مرور جديدة في متصفحك، أو الصق هنا الرمز من الرسالة.</translation>
    </message>
    <message>
        <source>Paste the code from the email.</source>
        <translation>الصق الرمز من الرسالة.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>This code is used, expired or unknown. Ask for a new link.</source>
        <translation>هذا الرمز مستعمل أو منتهي الصلاحية أو غير معروف. اطلب رابطًا جديدًا.</translation>
    </message>
</context>
<context>
    <name>lm::client::InfluencerWorkspace</name>
    <message>
        <source>The lead for %1 is submitted. It will be sent to the server as soon as possible.</source>
        <translation>تم تقديم العميل المحتمل %1. سيُرسَل إلى الخادم في أقرب وقت.</translation>
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
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>تحويلات الأرباح</translation>
    </message>
    <message>
        <source>No campaign open yet. The merchants&apos; campaigns you can send leads to will appear here.</source>
        <translation>لا توجد حملة مفتوحة بعد. ستظهر هنا حملات التجار التي يمكنك إرسال عملاء محتملين إليها.</translation>
    </message>
    <message>
        <source>&amp;Dispute the rejection…</source>
        <translation>الاعتراض على الرفض (&amp;D)…</translation>
    </message>
    <message>
        <source>Ask an administrator to review the selected lead&apos;s rejection (within 7 days of it)</source>
        <translation>اطلب من مسؤول مراجعة رفض العميل المحتمل المحدد (خلال 7 أيام منه)</translation>
    </message>
    <message>
        <source>Dispute a rejection</source>
        <translation>الاعتراض على رفض</translation>
    </message>
    <message>
        <source>Ask an administrator to review the rejection of %1 (%2). Say why the lead is good; if the administrator agrees, the lead is validated and you earn your share.</source>
        <translation>اطلب من مسؤول مراجعة رفض %1 (%2). اشرح لماذا العميل المحتمل جيد؛ إذا وافق المسؤول، يُقبل وتحصل على حصتك.</translation>
    </message>
    <message>
        <source>&amp;Send the dispute</source>
        <translation>إرسال الاعتراض (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Why the lead is good:</source>
        <translation>لماذا العميل المحتمل جيد (&amp;W):</translation>
    </message>
    <message>
        <source>Your dispute of %1&apos;s rejection is sent: an administrator will review it.</source>
        <translation>تم إرسال اعتراضك على رفض %1: سيراجعه مسؤول.</translation>
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
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not decided within 72 hours</source>
        <translation>لم يُتخذ قرار بشأنه خلال 72 ساعة</translation>
    </message>
    <message>
        <source>My share</source>
        <translation>حصتي</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Rejection overturned by an administrator</source>
        <translation>ألغى مسؤول الرفض</translation>
    </message>
    <message>
        <source>%1 · disputed, awaiting an administrator</source>
        <translation>%1 · معترض عليه، في انتظار مسؤول</translation>
    </message>
    <message>
        <source>%1 · dispute refused</source>
        <translation>%1 · رُفض الاعتراض</translation>
    </message>
</context>
<context>
    <name>lm::client::LeadsPage</name>
    <message>
        <source>Search by client, company, campaign or influencer</source>
        <translation>ابحث حسب العميل أو الشركة أو الحملة أو المؤثر</translation>
    </message>
    <message>
        <source>Show leads with status</source>
        <translation>عرض العملاء المحتملين حسب الحالة</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>البحث في العملاء المحتملين</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <source>No leads yet. The leads you send from Home will appear here.</source>
        <translation>لا يوجد عملاء محتملون بعد. سيظهر هنا العملاء المحتملون الذين ترسلهم من الرئيسية.</translation>
    </message>
    <message>
        <source>No leads yet. The leads influencers send to your campaigns will appear here.</source>
        <translation>لا يوجد عملاء محتملون بعد. سيظهر هنا العملاء المحتملون الذين يرسلهم المؤثرون إلى حملاتك.</translation>
    </message>
    <message>
        <source>No lead matches this search or status.</source>
        <translation>لا يوجد عميل محتمل يطابق هذا البحث أو هذه الحالة.</translation>
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
        <translation>تذكّرني على هذا الحاسوب (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>الخادم (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد الإلكتروني (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور (&amp;P):</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>تسجيل الدخول (&amp;I)</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>أدخل بريدًا إلكترونيًا صالحًا.</translation>
    </message>
    <message>
        <source>New to LeadMarket?</source>
        <translation>ليس لديك حساب في LeadMarket؟</translation>
    </message>
    <message>
        <source>Create an &amp;account…</source>
        <translation>إنشاء حساب (&amp;A)…</translation>
    </message>
    <message>
        <source>%1 does not answer. Check the server address and your Internet connection, then try again.</source>
        <translation>الخادم %1 لا يستجيب. تحقّق من عنوان الخادم ومن اتصالك بالإنترنت، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>%1 is taking too long to answer. Try again in a moment, or check the server address.</source>
        <translation>يستغرق الخادم %1 وقتًا طويلًا للرد. أعد المحاولة بعد لحظات، أو تحقّق من عنوان الخادم.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>جارٍ الاتصال بـ %1…</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>نسيت كلمة المرور (&amp;F)؟</translation>
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
        <translation>مزامنة الآن (&amp;S)</translation>
    </message>
    <message>
        <source>Send queued actions and fetch the latest data (F5)</source>
        <translation>إرسال الإجراءات المنتظرة وجلب أحدث البيانات (F5)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل الخروج (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About LeadMarket</source>
        <translation>حول LeadMarket (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find a lead</source>
        <translation>البحث عن عميل محتمل (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
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
        <translation>إشعارات سطح المكتب (&amp;D)</translation>
    </message>
    <message>
        <source>Announce new leads and deposit alerts on the desktop</source>
        <translation>الإعلان عن العملاء المحتملين الجدد وتنبيهات الرصيد على سطح المكتب</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>الإعدادات (&amp;S)</translation>
    </message>
    <message>
        <source>The cached leads could not be read: %1</source>
        <translation>تعذّرت قراءة العملاء المحتملين المحفوظين محليًا: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>Changes appear as soon as they happen.</source>
        <translation>تظهر التغييرات فور حدوثها.</translation>
    </message>
    <message numerus="yes">
        <source>Polling every %n s</source>
        <translation>
            <numerusform>مزامنة كل %n ثانية</numerusform>
            <numerusform>مزامنة كل ثانية</numerusform>
            <numerusform>مزامنة كل ثانيتين</numerusform>
            <numerusform>مزامنة كل %n ثوانٍ</numerusform>
            <numerusform>مزامنة كل %n ثانية</numerusform>
            <numerusform>مزامنة كل %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes appear at the next synchronisation.</source>
        <translation>تظهر التغييرات في المزامنة القادمة.</translation>
    </message>
</context>
<context>
    <name>lm::client::MerchantTransactionsDialog</name>
    <message>
        <source>Transactions of %1</source>
        <translation>معاملات %1</translation>
    </message>
    <message>
        <source>%1 — %2. Balance %3, reserved %4, available %5 (reference %6).</source>
        <translation>%1 — %2. الرصيد %3، المحجوز %4، المتاح %5 (المرجع %6).</translation>
    </message>
    <message>
        <source>The merchant&apos;s ledger, newest first</source>
        <translation>قيود التاجر، الأحدث أولًا</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>إعادة المحاولة (&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Loading the transactions…</source>
        <translation>جارٍ تحميل المعاملات…</translation>
    </message>
    <message>
        <source>No transaction yet: this deposit was never recharged.</source>
        <translation>لا توجد معاملات بعد: لم يُشحن هذا الرصيد قط.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s), newest first.</source>
        <translation>
            <numerusform>لا معاملات (%n).</numerusform>
            <numerusform>معاملة واحدة.</numerusform>
            <numerusform>معاملتان، الأحدث أولًا.</numerusform>
            <numerusform>%n معاملات، الأحدث أولًا.</numerusform>
            <numerusform>%n معاملةً، الأحدث أولًا.</numerusform>
            <numerusform>%n معاملة، الأحدث أولًا.</numerusform>
        </translation>
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
        <translation>شحن الوديعة (&amp;R)…</translation>
    </message>
    <message>
        <source>Add money to your deposit (Ctrl+R)</source>
        <translation>إضافة مبلغ إلى وديعتك (Ctrl+R)</translation>
    </message>
    <message>
        <source>Export &amp;transactions to CSV…</source>
        <translation>تصدير المعاملات إلى CSV (&amp;T)…</translation>
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
    <message>
        <source>No transactions yet. Recharges and the commissions of the leads you validate will appear here.</source>
        <translation>لا توجد معاملات بعد. ستظهر هنا عمليات الشحن وعمولات العملاء المحتملين الذين تقبلهم.</translation>
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
        <translation>تقديم العميل المحتمل (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>الحملة (&amp;C):</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>الاسم الكامل (&amp;N):</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>البريد الإلكتروني (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>الهاتف (&amp;P):</translation>
    </message>
    <message>
        <source>Compan&amp;y (optional):</source>
        <translation>الشركة (اختياري) (&amp;Y):</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Estimated &amp;value (%1):</source>
        <translation>القيمة التقديرية (%1) (&amp;V):</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>المصدر (&amp;O):</translation>
    </message>
    <message>
        <source>No&amp;tes (optional):</source>
        <translation>الملاحظات (اختياري) (&amp;T):</translation>
    </message>
    <message>
        <source>No campaign yet: synchronise to get the active campaigns.</source>
        <translation>لا توجد حملات بعد: قم بالمزامنة للحصول على الحملات النشطة.</translation>
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
    <message>
        <source>not accepting leads: the merchant&apos;s deposit is empty or blocked</source>
        <translation>لا تقبل عملاء محتملين: رصيد التاجر نافد أو محظور</translation>
    </message>
    <message>
        <source>paused: the merchant&apos;s deposit is empty</source>
        <translation>متوقفة: رصيد التاجر نافد</translation>
    </message>
    <message>
        <source>paused by the merchant</source>
        <translation>أوقفها التاجر مؤقتًا</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) take no new leads for now (paused, or the merchant&apos;s deposit is empty); they are greyed out.</source>
        <translation>
            <numerusform>لا توجد حملات متوقفة (%n).</numerusform>
            <numerusform>حملة واحدة لا تقبل عملاء محتملين جددًا حاليًا (متوقفة، أو رصيد التاجر نافد)؛ وهي معروضة باللون الرمادي.</numerusform>
            <numerusform>حملتان لا تقبلان عملاء محتملين جددًا حاليًا (متوقفتان، أو رصيد التاجر نافد)؛ وهما معروضتان باللون الرمادي.</numerusform>
            <numerusform>%n حملات لا تقبل عملاء محتملين جددًا حاليًا (متوقفة، أو رصيد التاجر نافد)؛ وهي معروضة باللون الرمادي.</numerusform>
            <numerusform>%n حملةً لا تقبل عملاء محتملين جددًا حاليًا (متوقفة، أو رصيد التاجر نافد)؛ وهي معروضة باللون الرمادي.</numerusform>
            <numerusform>%n حملة لا تقبل عملاء محتملين جددًا حاليًا (متوقفة، أو رصيد التاجر نافد)؛ وهي معروضة باللون الرمادي.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused this: %1.</source>
        <translation>رفضه الخادم: %1.</translation>
    </message>
    <message>
        <source>Pick a campaign that accepts leads.</source>
        <translation>اختر حملة تقبل عملاء محتملين.</translation>
    </message>
    <message>
        <source>Already sent to this campaign on %1 (%2): the server refuses the same client twice within 30 days.</source>
        <translation>سبق إرساله إلى هذه الحملة في %1 (%2): يرفض الخادم العميل نفسه مرتين خلال 30 يومًا.</translation>
    </message>
</context>
<context>
    <name>lm::client::NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>مستخدم جديد</translation>
    </message>
    <message>
        <source>Create an account of any role. Give the first password to its owner in person; they can change it after signing in.</source>
        <translation>أنشئ حسابًا بأي دور. سلّم كلمة المرور الأولى لصاحب الحساب شخصيًا؛ ويمكنه تغييرها بعد تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>التاجر</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>المؤثر</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Optional, e.g. 06 12 34 56 78</source>
        <translation>اختياري، مثلًا 06 12 34 56 78</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>%n حرف على الأقل</numerusform>
            <numerusform>حرف واحد على الأقل</numerusform>
            <numerusform>حرفان على الأقل</numerusform>
            <numerusform>%n أحرف على الأقل</numerusform>
            <numerusform>%n حرفًا على الأقل</numerusform>
            <numerusform>%n حرف على الأقل</numerusform>
        </translation>
    </message>
    <message>
        <source>First password</source>
        <translation>كلمة المرور الأولى</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>توليد (&amp;G)</translation>
    </message>
    <message>
        <source>Fill in a random password and show it, to give it to the account&apos;s owner</source>
        <translation>ملء كلمة مرور عشوائية وإظهارها لتسليمها إلى صاحب الحساب</translation>
    </message>
    <message>
        <source>Generate a password</source>
        <translation>توليد كلمة مرور</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد الإلكتروني (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>دور الحساب (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>رقم الهاتف (&amp;P):</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>كلمة المرور الأولى (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>إنشاء المستخدم (&amp;C)</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>هذا ليس بريدًا إلكترونيًا.</translation>
    </message>
    <message>
        <source>This is not a phone number (a Moroccan number, or + and the country code).</source>
        <translation>هذا ليس رقم هاتف (رقم مغربي، أو + متبوعة برمز البلد).</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>%n حرف على الأقل.</numerusform>
            <numerusform>حرف واحد على الأقل.</numerusform>
            <numerusform>حرفان على الأقل.</numerusform>
            <numerusform>%n أحرف على الأقل.</numerusform>
            <numerusform>%n حرفًا على الأقل.</numerusform>
            <numerusform>%n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>جارٍ إنشاء الحساب…</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>رفضه الخادم: %1</translation>
    </message>
</context>
<context>
    <name>lm::client::NotificationsModel</name>
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
    <message>
        <source>Information</source>
        <translation>معلومة</translation>
    </message>
</context>
<context>
    <name>lm::client::NotificationsPage</name>
    <message>
        <source>Mark as &amp;read</source>
        <translation>وضع علامة كمقروء (&amp;R)</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>وضع علامة على الكل كمقروء (&amp;A)</translation>
    </message>
    <message>
        <source>Mark the selected notifications as read</source>
        <translation>وضع علامة على الإشعارات المحددة كمقروءة</translation>
    </message>
    <message>
        <source>Mark every notification as read</source>
        <translation>وضع علامة على كل الإشعارات كمقروءة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>لا إشعارات غير مقروءة (%n)</numerusform>
            <numerusform>إشعار واحد غير مقروء</numerusform>
            <numerusform>إشعاران غير مقروءين</numerusform>
            <numerusform>%n إشعارات غير مقروءة</numerusform>
            <numerusform>%n إشعارًا غير مقروء</numerusform>
            <numerusform>%n إشعار غير مقروء</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notification</source>
        <translation>لا توجد إشعارات غير مقروءة</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) marked as read.</source>
        <translation>
            <numerusform>لم توضع علامة مقروء على أي إشعار (%n).</numerusform>
            <numerusform>تم وضع علامة مقروء على إشعار واحد.</numerusform>
            <numerusform>تم وضع علامة مقروء على إشعارين.</numerusform>
            <numerusform>تم وضع علامة مقروء على %n إشعارات.</numerusform>
            <numerusform>تم وضع علامة مقروء على %n إشعارًا.</numerusform>
            <numerusform>تم وضع علامة مقروء على %n إشعار.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <source>No notifications yet. News about your leads, deposit and payments will appear here.</source>
        <translation>لا توجد إشعارات بعد. ستظهر هنا أخبار عملائك المحتملين ورصيدك ومدفوعاتك.</translation>
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
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>A lead not in this computer&apos;s copy</source>
        <translation>عميل محتمل غير موجود في النسخة المحلية على هذا الحاسوب</translation>
    </message>
    <message>
        <source>New lead — %1</source>
        <translation>عميل محتمل جديد — %1</translation>
    </message>
    <message>
        <source>Validate — %1, score %2</source>
        <translation>قبول — %1، التقييم %2</translation>
    </message>
    <message>
        <source>Reject — %1: %2</source>
        <translation>رفض — %1: %2</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <source>On its way to the server: it can no longer be cancelled.</source>
        <translation>قيد الإرسال إلى الخادم: لم يعد بالإمكان إلغاء هذا الإجراء.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
</context>
<context>
    <name>lm::client::PayoutRequestDialog</name>
    <message>
        <source>Request a payout</source>
        <translation>طلب تحويل الأرباح</translation>
    </message>
    <message>
        <source>Available: %1. The minimum payout is %2. The transfer goes to %3, account ending %4.</source>
        <translation>المتاح: %1؛ الحد الأدنى لتحويل الأرباح: %2؛ تُرسَل الحوالة إلى %3، الحساب المنتهي بـ %4.</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>المبلغ (%1) (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Request payout</source>
        <translation>طلب تحويل الأرباح (&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
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
        <source>The minimum payout is %1.</source>
        <translation>%1 هو الحد الأدنى لتحويل الأرباح.</translation>
    </message>
    <message>
        <source>You can ask for at most %1 (what is available).</source>
        <translation>يمكنك طلب %1 على الأكثر (المبلغ المتاح).</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>جارٍ إرسال الطلب…</translation>
    </message>
    <message>
        <source>The server refused this amount: %1</source>
        <translation>رفض الخادم هذا المبلغ: %1</translation>
    </message>
</context>
<context>
    <name>lm::client::PayoutsModel</name>
    <message>
        <source>Requested</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>الحوالة %1</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>المؤثر</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Reference or reason</source>
        <translation>المرجع أو السبب</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>تاريخ القرار</translation>
    </message>
</context>
<context>
    <name>lm::client::PayoutsPage</name>
    <message>
        <source>&amp;Request a payout…</source>
        <translation>طلب تحويل الأرباح (&amp;R)…</translation>
    </message>
    <message>
        <source>Available for payout</source>
        <translation>المتاح لتحويل الأرباح</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>الحساب البنكي</translation>
    </message>
    <message>
        <source>No payout requested yet. When your validated leads have earned at least the minimum, request a payout here: it is sent by bank transfer.</source>
        <translation>لم تطلب أي تحويل للأرباح بعد. عندما تبلغ أرباح عملائك المحتملين المقبولين الحد الأدنى، اطلب تحويل الأرباح من هنا: يُرسَل بحوالة بنكية.</translation>
    </message>
    <message>
        <source>Payout history</source>
        <translation>سجل تحويلات الأرباح</translation>
    </message>
    <message>
        <source>The minimum payout is %1: %2 more to earn.</source>
        <translation>الحد الأدنى لتحويل الأرباح هو %1: بقي %2 لبلوغه.</translation>
    </message>
    <message>
        <source>Minimum payout: %1.</source>
        <translation>%1 هو الحد الأدنى لتحويل الأرباح.</translation>
    </message>
    <message>
        <source>%1 requested, waiting for the transfer.</source>
        <translation>طُلب %1، في انتظار الحوالة.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Your earnings appear after the first sync.</source>
        <translation>تظهر أرباحك بعد أول مزامنة.</translation>
    </message>
    <message>
        <source>%1 · account ending %2</source>
        <translation>%1 · الحساب المنتهي بـ %2</translation>
    </message>
    <message>
        <source>Change &amp;bank details…</source>
        <translation>تغيير البيانات البنكية (&amp;B)…</translation>
    </message>
    <message>
        <source>No bank details yet: add them to be paid.</source>
        <translation>لا توجد بيانات بنكية بعد: أضفها لتتلقى أرباحك.</translation>
    </message>
    <message>
        <source>Not known yet (appears after the next sync).</source>
        <translation>غير معروف بعد (سيظهر بعد المزامنة القادمة).</translation>
    </message>
    <message>
        <source>Add &amp;bank details…</source>
        <translation>إضافة البيانات البنكية (&amp;B)…</translation>
    </message>
    <message>
        <source>Add your bank details first.</source>
        <translation>أضف بياناتك البنكية أولًا.</translation>
    </message>
    <message>
        <source>Available earnings are below the minimum payout.</source>
        <translation>الأرباح المتاحة أقل من الحد الأدنى لتحويل الأرباح.</translation>
    </message>
    <message>
        <source>Bank details saved (account ending %1).</source>
        <translation>تم حفظ البيانات البنكية (الحساب المنتهي بـ %1).</translation>
    </message>
    <message>
        <source>Payout of %1 requested. You will be notified when the transfer is made.</source>
        <translation>تم طلب تحويل %1 من أرباحك. سيصلك إشعار عند إجراء الحوالة.</translation>
    </message>
</context>
<context>
    <name>lm::client::PendingLeadsPanel</name>
    <message>
        <source>&amp;Validate…</source>
        <translation>قبول (&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>رفض (&amp;R)…</translation>
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
    <message>
        <source>Filter leads</source>
        <translation>تصفية العملاء المحتملين</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <source>No lead waiting for your decision. New leads from your campaigns will appear here.</source>
        <translation>لا يوجد عميل محتمل ينتظر قرارك. سيظهر هنا العملاء المحتملون الجدد من حملاتك.</translation>
    </message>
    <message>
        <source>No validated lead yet. The leads you validate will appear here.</source>
        <translation>لا يوجد عميل محتمل مقبول بعد. سيظهر هنا العملاء المحتملون الذين تقبلهم.</translation>
    </message>
    <message>
        <source>No rejected lead. The leads you reject will appear here.</source>
        <translation>لا يوجد عميل محتمل مرفوض. سيظهر هنا العملاء المحتملون الذين ترفضهم.</translation>
    </message>
    <message>
        <source>No expired lead. A lead not decided on in time expires and appears here.</source>
        <translation>لا يوجد عميل محتمل منتهي الصلاحية. العميل المحتمل الذي لا يُتخذ فيه قرار في الوقت المحدد تنتهي صلاحيته ويظهر هنا.</translation>
    </message>
    <message>
        <source>No lead matches this filter.</source>
        <translation>لا يوجد عميل محتمل يطابق عامل التصفية هذا.</translation>
    </message>
</context>
<context>
    <name>lm::client::PerformancePanel</name>
    <message numerus="yes">
        <source>%1: %n lead(s), %2</source>
        <comment>donut slice: status, count, share</comment>
        <translation>
            <numerusform>%1: لا عملاء محتملين (%n)، %2</numerusform>
            <numerusform>%1: عميل محتمل واحد، %2</numerusform>
            <numerusform>%1: عميلان محتملان، %2</numerusform>
            <numerusform>%1: %n عملاء محتملين، %2</numerusform>
            <numerusform>%1: %n عميلًا محتملًا، %2</numerusform>
            <numerusform>%1: %n عميل محتمل، %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — not updated yet</source>
        <translation>غير متصل — لم يُحدَّث بعد</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>لم يُحدَّث بعد</translation>
    </message>
    <message>
        <source>Offline figures from %1</source>
        <translation>أرقام دون اتصال تعود إلى %1</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>آخر تحديث في %1</translation>
    </message>
    <message>
        <source>Updated on %1</source>
        <translation>آخر تحديث في %1</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1
%n lead(s) submitted, %2 validated, %3 rejected
%4 earned</source>
        <translation>
            <numerusform>أسبوع %1
لا عملاء محتملين مقدَّمين (%n)، المقبولون: %2، المرفوضون: %3
الأرباح: %4</numerusform>
            <numerusform>أسبوع %1
عميل محتمل واحد مقدَّم، المقبولون: %2، المرفوضون: %3
الأرباح: %4</numerusform>
            <numerusform>أسبوع %1
عميلان محتملان مقدَّمان، المقبولون: %2، المرفوضون: %3
الأرباح: %4</numerusform>
            <numerusform>أسبوع %1
%n عملاء محتملين مقدَّمين، المقبولون: %2، المرفوضون: %3
الأرباح: %4</numerusform>
            <numerusform>أسبوع %1
%n عميلًا محتملًا مقدَّمًا، المقبولون: %2، المرفوضون: %3
الأرباح: %4</numerusform>
            <numerusform>أسبوع %1
%n عميل محتمل مقدَّم، المقبولون: %2، المرفوضون: %3
الأرباح: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>My performance</source>
        <translation>أدائي</translation>
    </message>
    <message>
        <source>No leads yet — submit your first lead with the form.</source>
        <translation>لا يوجد عملاء محتملون بعد — قدّم أول عميل محتمل عبر النموذج.</translation>
    </message>
    <message>
        <source>Leads generated</source>
        <translation>عملائي المحتملون</translation>
    </message>
    <message>
        <source>Validation rate</source>
        <translation>نسبة القبول</translation>
    </message>
    <message>
        <source>Average quality score</source>
        <translation>متوسط تقييم الجودة</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>الأرباح المحققة</translation>
    </message>
    <message>
        <source>Pending earnings</source>
        <translation>أرباح قيد الانتظار</translation>
    </message>
    <message>
        <source>Available for payout</source>
        <translation>المتاح لتحويل الأرباح</translation>
    </message>
    <message>
        <source>Every lead you submitted</source>
        <translation>كل العملاء المحتملين الذين قدّمتهم</translation>
    </message>
    <message>
        <source>Validated leads out of all your leads</source>
        <translation>العملاء المحتملون المقبولون من بين كل عملائك المحتملين</translation>
    </message>
    <message>
        <source>The merchants&apos; average score of your validated leads</source>
        <translation>متوسط تقييم التجار لعملائك المحتملين المقبولين</translation>
    </message>
    <message>
        <source>Your commissions on validated leads</source>
        <translation>عمولاتك على العملاء المحتملين المقبولين</translation>
    </message>
    <message>
        <source>Your share of the leads still waiting for the merchant&apos;s decision</source>
        <translation>حصتك من العملاء المحتملين الذين لا يزالون ينتظرون قرار التاجر</translation>
    </message>
    <message>
        <source>What you can ask to be paid now</source>
        <translation>ما يمكنك طلب تحويله الآن</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مقدَّم</translation>
    </message>
    <message>
        <source>Earnings (%1)</source>
        <translation>الأرباح (%1)</translation>
    </message>
    <message>
        <source>Leads and earnings per week, last 12 weeks</source>
        <translation>العملاء المحتملون والأرباح أسبوعيًا، آخر 12 أسبوعًا</translation>
    </message>
    <message>
        <source>Leads by status</source>
        <translation>العملاء المحتملون حسب الحالة</translation>
    </message>
    <message>
        <source>Your figures appear after the first sync. You are offline: they will come as soon as the server can be reached.</source>
        <translation>تظهر أرقامك بعد أول مزامنة. أنت غير متصل: ستصل بمجرد إمكانية الوصول إلى الخادم.</translation>
    </message>
    <message>
        <source>Your figures appear after the first sync.</source>
        <translation>تظهر أرقامك بعد أول مزامنة.</translation>
    </message>
    <message>
        <source>%1 / 10</source>
        <comment>average quality score</comment>
        <translation>%1 / 10</translation>
    </message>
    <message>
        <source>Minimum for a payout: %1</source>
        <translation>الحد الأدنى لتحويل الأرباح: %1</translation>
    </message>
    <message>
        <source>Paid: %1, payout requested: %2</source>
        <translation>المدفوع: %1، المطلوب تحويله: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) submitted in the last 12 weeks, %1 earned</source>
        <translation>
            <numerusform>لا عملاء محتملين مقدَّمين (%n) خلال آخر 12 أسبوعًا، الأرباح: %1</numerusform>
            <numerusform>عميل محتمل واحد مقدَّم خلال آخر 12 أسبوعًا، الأرباح: %1</numerusform>
            <numerusform>عميلان محتملان مقدَّمان خلال آخر 12 أسبوعًا، الأرباح: %1</numerusform>
            <numerusform>%n عملاء محتملين مقدَّمين خلال آخر 12 أسبوعًا، الأرباح: %1</numerusform>
            <numerusform>%n عميلًا محتملًا مقدَّمًا خلال آخر 12 أسبوعًا، الأرباح: %1</numerusform>
            <numerusform>%n عميل محتمل مقدَّم خلال آخر 12 أسبوعًا، الأرباح: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status and its count in the donut&apos;s legend</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>lead(s)</source>
        <comment>under the total in the donut</comment>
        <translation>
            <numerusform>عميل محتمل</numerusform>
            <numerusform>عميل محتمل</numerusform>
            <numerusform>عميلان محتملان</numerusform>
            <numerusform>عملاء محتملين</numerusform>
            <numerusform>عميلًا محتملًا</numerusform>
            <numerusform>عميل محتمل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s): %1</source>
        <translation>
            <numerusform>لا عملاء محتملين (%n): %1</numerusform>
            <numerusform>عميل محتمل واحد: %1</numerusform>
            <numerusform>عميلان محتملان: %1</numerusform>
            <numerusform>%n عملاء محتملين: %1</numerusform>
            <numerusform>%n عميلًا محتملًا: %1</numerusform>
            <numerusform>%n عميل محتمل: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>غير مؤكَّد بعد</translation>
    </message>
    <message>
        <source>Email verification</source>
        <translation>تأكيد البريد الإلكتروني</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم (&amp;N):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>&amp;Phone (optional):</source>
        <translation>الهاتف (اختياري) (&amp;P):</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Language of emails and notifications</source>
        <translation>لغة الرسائل والإشعارات</translation>
    </message>
    <message>
        <source>&amp;Language of emails and notifications:</source>
        <translation>لغة الرسائل والإشعارات (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ (&amp;S)</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>أدخل اسمك.</translation>
    </message>
    <message numerus="yes">
        <source>Enter a name of at most %n characters.</source>
        <translation>
            <numerusform>أدخل اسمًا من %n حرف على الأكثر.</numerusform>
            <numerusform>أدخل اسمًا من حرف واحد على الأكثر.</numerusform>
            <numerusform>أدخل اسمًا من حرفين على الأكثر.</numerusform>
            <numerusform>أدخل اسمًا من %n أحرف على الأكثر.</numerusform>
            <numerusform>أدخل اسمًا من %n حرفًا على الأكثر.</numerusform>
            <numerusform>أدخل اسمًا من %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a Moroccan number such as 06 12 34 56 78, or another country&apos;s starting with +.</source>
        <translation>أدخل رقمًا مغربيًا مثل 06 12 34 56 78، أو رقم بلد آخر يبدأ بـ +.</translation>
    </message>
    <message>
        <source>Choose one of the languages in the list.</source>
        <translation>اختر إحدى اللغات في القائمة.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>lm::client::QueuePage</name>
    <message>
        <source>&amp;Cancel the action…</source>
        <translation>إلغاء الإجراء (&amp;C)…</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent to the server.</source>
        <translation>
            <numerusform>لا إجراءات في انتظار الإرسال إلى الخادم (%n).</numerusform>
            <numerusform>إجراء واحد في انتظار الإرسال إلى الخادم.</numerusform>
            <numerusform>إجراءان في انتظار الإرسال إلى الخادم.</numerusform>
            <numerusform>%n إجراءات في انتظار الإرسال إلى الخادم.</numerusform>
            <numerusform>%n إجراءً في انتظار الإرسال إلى الخادم.</numerusform>
            <numerusform>%n إجراء في انتظار الإرسال إلى الخادم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>لا شيء في انتظار الإرسال.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server.</source>
        <translation>
            <numerusform>لم يرفض الخادم أي إجراء (%n).</numerusform>
            <numerusform>رفض الخادم إجراءً واحدًا.</numerusform>
            <numerusform>رفض الخادم إجراءين.</numerusform>
            <numerusform>رفض الخادم %n إجراءات.</numerusform>
            <numerusform>رفض الخادم %n إجراءً.</numerusform>
            <numerusform>رفض الخادم %n إجراء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an action waiting to be sent to cancel it.</source>
        <translation>اختر إجراءً في انتظار الإرسال لإلغائه.</translation>
    </message>
    <message>
        <source>The server refused this action: there is nothing to cancel.</source>
        <translation>رفض الخادم هذا الإجراء: لا يوجد ما يمكن إلغاؤه.</translation>
    </message>
    <message>
        <source>This action is on its way to the server: it can no longer be cancelled.</source>
        <translation>هذا الإجراء قيد الإرسال إلى الخادم: لم يعد بالإمكان إلغاؤه.</translation>
    </message>
    <message>
        <source>Cancel this action: it will not be sent, and the lead goes back to what it was.</source>
        <translation>إلغاء هذا الإجراء: لن يُرسَل، وسيعود العميل المحتمل إلى حالته السابقة.</translation>
    </message>
    <message>
        <source>The action is cancelled: it will not be sent.</source>
        <translation>تم إلغاء الإجراء: لن يُرسَل.</translation>
    </message>
    <message>
        <source>Cancel the action</source>
        <translation>إلغاء الإجراء</translation>
    </message>
    <message>
        <source>Cancel “%1”? It will not be sent, and the lead goes back to what it was.</source>
        <translation>إلغاء «%1»؟ لن يُرسَل هذا الإجراء، وسيعود العميل المحتمل إلى حالته السابقة.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الاحتفاظ به</translation>
    </message>
    <message>
        <source>Queued actions</source>
        <translation>الإجراءات المنتظرة</translation>
    </message>
    <message>
        <source>Nothing waiting. What you do while the server cannot be reached waits here until it is sent.</source>
        <translation>لا شيء في الانتظار. ما تقوم به أثناء تعذّر الوصول إلى الخادم ينتظر هنا حتى يُرسَل.</translation>
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
        <translation>المبلغ (%1) (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Pay with:</source>
        <translation>الدفع بواسطة (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Continue to payment…</source>
        <translation>متابعة إلى الدفع (&amp;C)…</translation>
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
    <message>
        <source>Recharge %1</source>
        <translation>شحن %1</translation>
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
        <translation>فتح الإيصال (&amp;R)</translation>
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
    <name>lm::client::RefusedLeadsPanel</name>
    <message numerus="yes">
        <source>%n lead(s) refused by the server: fix and send again, or discard.</source>
        <translation>
            <numerusform>لم يرفض الخادم أي عميل محتمل (%n).</numerusform>
            <numerusform>رفض الخادم عميلًا محتملًا واحدًا: صحّحه وأعد إرساله، أو احذفه.</numerusform>
            <numerusform>رفض الخادم عميلين محتملين: صحّحهما وأعد إرسالهما، أو احذفهما.</numerusform>
            <numerusform>رفض الخادم %n عملاء محتملين: صحّحهم وأعد إرسالهم، أو احذفهم.</numerusform>
            <numerusform>رفض الخادم %n عميلًا محتملًا: صحّحهم وأعد إرسالهم، أو احذفهم.</numerusform>
            <numerusform>رفض الخادم %n عميل محتمل: صحّحهم وأعد إرسالهم، أو احذفهم.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — being fixed in the form below. Why it was refused: %2</source>
        <translation>%1 — قيد التصحيح في النموذج أدناه. سبب الرفض: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Fix and send again</source>
        <translation>تصحيح وإعادة الإرسال</translation>
    </message>
    <message>
        <source>Fix and send again the lead for %1</source>
        <translation>تصحيح العميل المحتمل %1 وإعادة إرساله</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Discard the refused lead for %1</source>
        <translation>حذف العميل المحتمل المرفوض %1</translation>
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
        <translation>السبب (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>رفض (&amp;R)</translation>
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
            <numerusform>رفض %n عميل محتمل (&amp;R)</numerusform>
            <numerusform>رفض عميل محتمل واحد (&amp;R)</numerusform>
            <numerusform>رفض عميلين محتملين (&amp;R)</numerusform>
            <numerusform>رفض %n عملاء محتملين (&amp;R)</numerusform>
            <numerusform>رفض %n عميلًا محتملًا (&amp;R)</numerusform>
            <numerusform>رفض %n عميل محتمل (&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>lm::client::ReportsPage</name>
    <message>
        <source>Deposits at the %1 level at the end of the day (today&apos;s levels for a day without a stored report)</source>
        <translation>الأرصدة بمستوى %1 في نهاية اليوم (مستويات اليوم الحالية لأي يوم ليس له تقرير محفوظ)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>تتعذّر الكتابة في الملف ‎%1: %2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Leads created</source>
        <translation>عملاء محتملون جدد</translation>
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
        <source>Commissions</source>
        <translation>العمولات</translation>
    </message>
    <message>
        <source>Recharges</source>
        <translation>عمليات الشحن</translation>
    </message>
    <message>
        <source>Figures of each day</source>
        <translation>أرقام كل يوم</translation>
    </message>
    <message>
        <source>No day in this range.</source>
        <translation>لا توجد أيام في هذه الفترة.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>من (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إلى (&amp;T):</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>تصدير PDF (&amp;P)…</translation>
    </message>
    <message>
        <source>Save the range&apos;s figures and chart as a PDF document</source>
        <translation>حفظ أرقام الفترة ورسمها البياني كمستند PDF</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>تصدير CSV (&amp;C)…</translation>
    </message>
    <message>
        <source>Save the range&apos;s figures as a spreadsheet file</source>
        <translation>حفظ أرقام الفترة كملف جدول بيانات</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>اليوم الأخير يسبق اليوم الأول.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n days at a time.</source>
        <translation>
            <numerusform>%n يوم على الأكثر في كل مرة.</numerusform>
            <numerusform>يوم واحد على الأكثر في كل مرة.</numerusform>
            <numerusform>يومان على الأكثر في كل مرة.</numerusform>
            <numerusform>%n أيام على الأكثر في كل مرة.</numerusform>
            <numerusform>%n يومًا على الأكثر في كل مرة.</numerusform>
            <numerusform>%n يوم على الأكثر في كل مرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commissions (%1)</source>
        <translation>العمولات (%1)</translation>
    </message>
    <message>
        <source>Leads and commissions per day</source>
        <translation>العملاء المحتملون والعمولات يوميًا</translation>
    </message>
    <message>
        <source>Pick a range of days: the figures of each day appear below, with their chart.</source>
        <translation>اختر فترة من الأيام: تظهر أرقام كل يوم أدناه مع رسمها البياني.</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 (%n day(s)): %3 leads created, %4 validated, %5 rejected, %6 expired; commissions %7; recharges %8.</source>
        <translation>
            <numerusform>من %1 إلى %2 — %n يوم: العملاء المحتملون الجدد: %3، المقبولون: %4، المرفوضون: %5، المنتهية صلاحيتهم: %6؛ العمولات: %7؛ عمليات الشحن: %8</numerusform>
            <numerusform>من %1 إلى %2 — يوم واحد: العملاء المحتملون الجدد: %3، المقبولون: %4، المرفوضون: %5، المنتهية صلاحيتهم: %6؛ العمولات: %7؛ عمليات الشحن: %8</numerusform>
            <numerusform>من %1 إلى %2 — يومان: العملاء المحتملون الجدد: %3، المقبولون: %4، المرفوضون: %5، المنتهية صلاحيتهم: %6؛ العمولات: %7؛ عمليات الشحن: %8</numerusform>
            <numerusform>من %1 إلى %2 — %n أيام: العملاء المحتملون الجدد: %3، المقبولون: %4، المرفوضون: %5، المنتهية صلاحيتهم: %6؛ العمولات: %7؛ عمليات الشحن: %8</numerusform>
            <numerusform>من %1 إلى %2 — %n يومًا: العملاء المحتملون الجدد: %3، المقبولون: %4، المرفوضون: %5، المنتهية صلاحيتهم: %6؛ العمولات: %7؛ عمليات الشحن: %8</numerusform>
            <numerusform>من %1 إلى %2 — %n يوم: العملاء المحتملون الجدد: %3، المقبولون: %4، المرفوضون: %5، المنتهية صلاحيتهم: %6؛ العمولات: %7؛ عمليات الشحن: %8</numerusform>
        </translation>
    </message>
    <message>
        <source>Commissions (MAD)</source>
        <translation>العمولات (MAD)</translation>
    </message>
    <message>
        <source>Recharges (MAD)</source>
        <translation>عمليات الشحن (MAD)</translation>
    </message>
    <message>
        <source>%1 deposits</source>
        <translation>الأرصدة بمستوى %1</translation>
    </message>
    <message>
        <source>Export the daily reports</source>
        <translation>تصدير التقارير اليومية</translation>
    </message>
    <message>
        <source>reports-%1-%2.csv</source>
        <translation>reports-%1-%2.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) saved to %1</source>
        <translation>
            <numerusform>لم يُحفظ أي يوم (%n) في ‎%1</numerusform>
            <numerusform>تم حفظ يوم واحد في ‎%1</numerusform>
            <numerusform>تم حفظ يومين في ‎%1</numerusform>
            <numerusform>تم حفظ %n أيام في ‎%1</numerusform>
            <numerusform>تم حفظ %n يومًا في ‎%1</numerusform>
            <numerusform>تم حفظ %n يوم في ‎%1</numerusform>
        </translation>
    </message>
    <message>
        <source>reports-%1-%2.pdf</source>
        <translation>reports-%1-%2.pdf</translation>
    </message>
    <message>
        <source>LeadMarket — Daily reports</source>
        <translation>LeadMarket — التقارير اليومية</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>أُنشئ في %1</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>جارٍ كتابة ملف PDF…</translation>
    </message>
    <message>
        <source>The reports were saved to %1</source>
        <translation>تم حفظ التقارير في ‎%1</translation>
    </message>
</context>
<context>
    <name>lm::client::SignUpDialog</name>
    <message>
        <source>Create a LeadMarket account</source>
        <translation>إنشاء حساب LeadMarket</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>نوع الحساب</translation>
    </message>
    <message>
        <source>&amp;Merchant</source>
        <translation>تاجر (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Influencer</source>
        <translation>مؤثر (&amp;I)</translation>
    </message>
    <message>
        <source>I sell a service and pay a commission for each client I accept.</source>
        <translation>أبيع خدمة وأدفع عمولة عن كل عميل أقبله.</translation>
    </message>
    <message>
        <source>I bring clients to merchants&apos; campaigns and earn a share.</source>
        <translation>أجلب العملاء إلى حملات التجار وأحصل على حصة من العمولة.</translation>
    </message>
    <message>
        <source>name@company.ma</source>
        <translation>name@company.ma</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد الإلكتروني (&amp;E):</translation>
    </message>
    <message>
        <source>P&amp;hone (optional):</source>
        <translation>الهاتف (اختياري) (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور (&amp;P):</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>%n حرف على الأقل.</numerusform>
            <numerusform>حرف واحد على الأقل.</numerusform>
            <numerusform>حرفان على الأقل.</numerusform>
            <numerusform>%n أحرف على الأقل.</numerusform>
            <numerusform>%n حرفًا على الأقل.</numerusform>
            <numerusform>%n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>تأكيد كلمة المرور (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>الخادم (&amp;S):</translation>
    </message>
    <message>
        <source>Create &amp;account</source>
        <translation>إنشاء حساب (&amp;A)</translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation>اسم النشاط التجاري (&amp;N):</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>اسمك (&amp;N):</translation>
    </message>
    <message>
        <source>For SMS and WhatsApp alerts when your deposit runs low.</source>
        <translation>لتلقي تنبيهات عبر الرسائل النصية وواتساب عندما يقترب رصيدك من النفاد.</translation>
    </message>
    <message>
        <source>Enter the name of your business.</source>
        <translation>أدخل اسم نشاطك التجاري.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>أدخل اسمك.</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>أدخل بريدك الإلكتروني.</translation>
    </message>
    <message>
        <source>Choose a password.</source>
        <translation>اختر كلمة مرور.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>استعمل %n حرف على الأقل.</numerusform>
            <numerusform>استعمل حرفًا واحدًا على الأقل.</numerusform>
            <numerusform>استعمل حرفين على الأقل.</numerusform>
            <numerusform>استعمل %n أحرف على الأقل.</numerusform>
            <numerusform>استعمل %n حرفًا على الأقل.</numerusform>
            <numerusform>استعمل %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are different. Type the same password again.</source>
        <translation>كلمتا المرور مختلفتان. اكتب كلمة المرور نفسها مرة أخرى.</translation>
    </message>
    <message>
        <source>Enter the address of your LeadMarket server.</source>
        <translation>أدخل عنوان خادم LeadMarket الخاص بك.</translation>
    </message>
    <message>
        <source>Your account has been created, but signing in failed: %1 Sign in with your email and password.</source>
        <translation>تم إنشاء حسابك، لكن تعذّر تسجيل الدخول: %1 سجّل الدخول ببريدك الإلكتروني وكلمة المرور.</translation>
    </message>
    <message numerus="yes">
        <source>Enter a name of at most %n characters.</source>
        <translation>
            <numerusform>أدخل اسمًا لا يتجاوز %n حرف.</numerusform>
            <numerusform>أدخل اسمًا لا يتجاوز حرفًا واحدًا.</numerusform>
            <numerusform>أدخل اسمًا لا يتجاوز حرفين.</numerusform>
            <numerusform>أدخل اسمًا لا يتجاوز %n أحرف.</numerusform>
            <numerusform>أدخل اسمًا لا يتجاوز %n حرفًا.</numerusform>
            <numerusform>أدخل اسمًا لا يتجاوز %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a valid email address, such as name@company.ma.</source>
        <translation>أدخل بريدًا إلكترونيًا صالحًا، مثل name@company.ma.</translation>
    </message>
    <message>
        <source>Enter a Moroccan number such as 06 12 34 56 78, or another country&apos;s starting with +.</source>
        <translation>أدخل رقمًا مغربيًا مثل 06 12 34 56 78، أو رقمًا من بلد آخر يبدأ بـ +.</translation>
    </message>
    <message>
        <source>Use between %1 and %2 characters.</source>
        <translation>استعمل عددًا من الأحرف بين %1 و%2.</translation>
    </message>
    <message>
        <source>Creating your account on %1…</source>
        <translation>جارٍ إنشاء حسابك على %1…</translation>
    </message>
    <message>
        <source>Creating the account</source>
        <translation>جارٍ إنشاء الحساب</translation>
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
    <message>
        <source>Performance</source>
        <translation>الأداء</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>تحويلات الأرباح</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>البيانات البنكية</translation>
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
        <translation>تقييم الجودة (1–10) (&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation>التعليق (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>قبول (&amp;V)</translation>
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
            <numerusform>قبول %n عميل محتمل (&amp;V)</numerusform>
            <numerusform>قبول عميل محتمل واحد (&amp;V)</numerusform>
            <numerusform>قبول عميلين محتملين (&amp;V)</numerusform>
            <numerusform>قبول %n عملاء محتملين (&amp;V)</numerusform>
            <numerusform>قبول %n عميلًا محتملًا (&amp;V)</numerusform>
            <numerusform>قبول %n عميل محتمل (&amp;V)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::VerifyEmailDialog</name>
    <message>
        <source>Verify email</source>
        <translation>تأكيد البريد الإلكتروني</translation>
    </message>
    <message>
        <source>We sent a link to %1. Open it, or paste the code from the email (or its whole link) here.</source>
        <translation>أرسلنا رابطًا إلى %1. افتحه، أو الصق هنا الرمز من الرسالة (أو رابطها كاملًا).</translation>
    </message>
    <message>
        <source>C&amp;ode from the email:</source>
        <translation>الرمز المرسل بالبريد (&amp;O):</translation>
    </message>
    <message>
        <source>Code from the email</source>
        <translation>الرمز المرسل بالبريد</translation>
    </message>
    <message>
        <source>Send the email &amp;again</source>
        <translation>إعادة إرسال الرسالة (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>تأكيد (&amp;V)</translation>
    </message>
    <message>
        <source>Paste the code from the email.</source>
        <translation>الصق الرمز من الرسالة.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>جارٍ التأكيد…</translation>
    </message>
    <message>
        <source>This code is used, expired or unknown. Send the email again for a new one.</source>
        <translation>هذا الرمز مستعمل أو منتهي الصلاحية أو غير معروف. أعد إرسال الرسالة للحصول على رمز جديد.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>A new email is on its way to %1.</source>
        <translation>رسالة جديدة في طريقها إلى %1.</translation>
    </message>
</context>
<context>
    <name>lm::client::Workspace</name>
    <message>
        <source>Export &amp;leads to CSV…</source>
        <translation>تصدير العملاء المحتملين إلى CSV (&amp;L)…</translation>
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
