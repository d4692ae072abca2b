#!/usr/bin/env bash
# Set up a desk's directory (U2, U3): run once, as the admin, after `opsdesk init`.
# Every login below must be a real account on the host: identity comes from the uid.
set -euo pipefail
OPSDESK=${OPSDESK:-opsdesk}

# Business departments, with their interface person (接口人), head and manager (U3).
$OPSDESK dept add callcentre --name 客户服务中心 --front-line --relevance 10 \
    --interface 赵敏 --interface-phone 13900000011 --interface-email zhaomin@example.com \
    --head 孙主任 --head-phone 13900000021 --manager 郑经理 --manager-email zheng@example.com
$OPSDESK dept add netops --name 网络运维部 --front-line --maintenance --relevance 20 \
    --interface 钱工 --interface-phone 13900000012 --head 冯主任 --manager 陈经理
$OPSDESK dept add marketing --name 市场经营部 --relevance 30 \
    --interface "Sun Li" --interface-email sunli@example.com --head 何主任 --manager 许经理

# The IT department's people (U1): who gets each step of the ladder comes from their roles.
$OPSDESK user add zhangwei --name 张伟 --role supervisor --dept it --phone 13800000001 --email zhangwei@example.com
$OPSDESK user add wangfang --name 王芳 --role manager --dept it --phone 13800000003 --email wangfang@example.com
$OPSDESK user add liuyang --name 刘洋 --role leader --dept it --phone 13800000004
$OPSDESK user add lilei --name 李雷 --role operator --dept it --phone 13800000005
$OPSDESK user add monitor --name "Zabbix" --role operator --dept it

$OPSDESK dept list
$OPSDESK user list
